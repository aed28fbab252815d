/**
 * The Starlight baseline: the pages of our built site rewritten as plain MDX (headings, paragraphs,
 * lists, table rows as text) in a Starlight project, so both tools build the same pages.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';

/** MDX treats braces and angle brackets as code; write them as character references. */
const escapeMdx = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(/[{}<>]/g, (c) => ({ '{': '&#123;', '}': '&#125;', '<': '&lt;', '>': '&gt;' })[c]!);

function htmlPages(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) htmlPages(path, out);
    else if (name === 'index.html') out.push(path);
  }
  return out;
}

export function pageToMdx(html: string): string {
  const main = parse(html).querySelector('main');
  const title = escapeMdx(main?.querySelector('h1')?.textContent ?? 'Untitled').replace(/"/g, "'");
  const blocks = (main?.querySelectorAll('h2, h3, h4, p, li, tr') ?? []).map((el) => {
    const text = escapeMdx(el.textContent);
    if (!text) return '';
    if (el.tagName === 'H2') return `## ${text}`;
    if (el.tagName === 'H3' || el.tagName === 'H4') return `### ${text}`;
    if (el.tagName === 'LI') return `- ${text}`;
    return text;
  });
  return `---\ntitle: "${title}"\n---\n\n${blocks.filter(Boolean).join('\n\n')}\n`;
}

export function writeStarlightSite(starlightDir: string, ourDist: string): number {
  const docs = join(starlightDir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(starlightDir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Charter Atlas (Starlight baseline)' })] });\n`);
  writeFileSync(join(starlightDir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  let count = 0;
  for (const page of htmlPages(ourDist)) {
    const route = relative(ourDist, dirname(page)) || 'index';
    const slug = route.replace(/\./g, '-');
    const file = join(docs, `${slug}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageToMdx(readFileSync(page, 'utf8')));
    count++;
  }
  return count;
}
