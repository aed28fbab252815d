/**
 * The peers the benchmark builds the same pages with: our built site's pages rewritten as plain
 * Markdown (headings, paragraphs, lists, table rows as text), each peer installed into a temporary
 * folder (never a project dependency), so every tool builds the same pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';

/** MDX and Nunjucks treat braces and angle brackets as code; write them as character references. */
const escapeText = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[{}<>]/g, (c) => ({ '{': '&#123;', '}': '&#125;', '<': '&lt;', '>': '&gt;' })[c]!);

function htmlPages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlPages(path, out);
    else if (name === 'index.html') out.push(path);
  }
  return out;
}

/** One built page as Markdown with a title in its front matter (plus any extra front-matter lines). */
export function pageToMarkdown(html: string, extraFrontMatter = ''): string {
  const main = parse(html).querySelector('main');
  const title = escapeText(main?.querySelector('h1')?.textContent ?? 'Untitled').replace(/"/g, "'");
  const blocks = (main?.querySelectorAll('h2, h3, h4, p, li, tr') ?? []).map((el) => {
    const text = escapeText(el.textContent);
    if (!text) return '';
    if (el.tagName === 'H2') return `## ${text}`;
    if (el.tagName === 'H3' || el.tagName === 'H4') return `### ${text}`;
    if (el.tagName === 'LI') return `- ${text}`;
    return text;
  });
  return `---\ntitle: "${title}"\n${extraFrontMatter}---\n\n${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** Writes each page of `ourDist` as `<folder>/<route>.<extension>`; returns the number of pages. */
export function writePages(ourDist: string, folder: string, extension: string, extraFrontMatter = ''): number {
  const pages = htmlPages(ourDist);
  for (const page of pages) {
    const route = relative(ourDist, dirname(page)) || 'index';
    const file = join(folder, `${route.replace(/\./g, '-')}.${extension}`);
    spawnSync('mkdir', ['-p', dirname(file)]);
    writeFileSync(file, pageToMarkdown(readFileSync(page, 'utf8'), extraFrontMatter));
  }
  return pages.length;
}

/** Installs a peer's packages (and Node 24, as we use) into a temporary folder. */
export function installPeer(name: string, dependencies: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `charter-${name}-`));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: `${name}-baseline`, private: true, type: 'module', dependencies: { ...dependencies, node: '24' } },
      null,
      2,
    ),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`installing ${name} failed:\n${install.stderr}`);
  return dir;
}
