/**
 * Checks that run over any folder holding a built site (dist/ or a mutated copy of it), without a
 * browser: which pages exist and which template made each, HTML validity, internal links and anchors,
 * and the page structure a reader relies on. Each returns a list of problems; an empty list is a pass.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { StaticConfigLoader, HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { ROOT } from './content';

/** The configured `base` ("/" or "/charters/"): links in the built pages start with it. */
export const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** Every page under dir as the path a browser asks for: "/", "/frameworks/lga/", "/404.html". */
export function sitePaths(dir: string): string[] {
  const paths: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dir, full).split(sep).join('/');
        paths.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return paths;
}

/** The file a static host serves for a site path, or undefined when there is none. */
export function fileFor(dir: string, sitePath: string): string | undefined {
  const file = join(dir, decodeURIComponent(sitePath), sitePath.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Where a page sends the reader as soon as it loads (its meta refresh URL), or undefined for a page
 * with content of its own. Redirect pages (src/components/RedirectPage.astro) are recognised here
 * only, by what a browser acts on, so checks that load a page and stay on it can leave them out.
 */
export function redirectTarget(page: string | HTMLElement): string | undefined {
  const doc = typeof page === 'string' ? parse(page) : page;
  const refresh = doc
    .querySelectorAll('meta[http-equiv]')
    .find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'refresh');
  return refresh
    ?.getAttribute('content')
    ?.match(/^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i)?.[1]
    ?.trim();
}

/**
 * The content editor (/admin/, Decap CMS) is a tool for publishers, not a page of the site: it has
 * the site's frame only until the CMS replaces it, so the reading-page checks (frame, axe, layout)
 * leave it out; tests/browser/cms.test.ts covers it.
 */
export const isEditorPage = (path: string) => path.startsWith('/admin/');

/** Every page under dir that has content of its own: sitePaths without the redirect pages and the editor. */
export function contentPaths(dir: string): string[] {
  return sitePaths(dir).filter(
    (path) => !isEditorPage(path) && redirectTarget(readFileSync(fileFor(dir, path)!, 'utf8')) === undefined,
  );
}

export interface Template {
  /** The page's source file under src/pages, e.g. "frameworks/[framework]/costs.astro". */
  source: string;
  pattern: RegExp;
  /** Dynamic segments in the route; the route with fewest wins when several match, as in Astro. */
  dynamic: number;
}

/** Every page template in src/pages, so pages added on other branches are checked without a list to update. */
export function pageTemplates(pagesDir = join(ROOT, 'src/pages')): Template[] {
  const templates: Template[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(astro|md|mdx|html)$/.test(name)) {
        const source = relative(pagesDir, full).split(sep).join('/');
        const segments = source.replace(/\.\w+$/, '').split('/');
        if (segments.at(-1) === 'index') segments.pop();
        let dynamic = 0;
        const parts = segments.map((s) => {
          if (/^\[\.\.\..+\]$/.test(s)) return ((dynamic += 2), '.+');
          return s.replace(/\[[^\]]+\]/g, () => (dynamic++, '[^/]+')).replace(/\./g, '\\.');
        });
        const route = /^(404|500)$/.test(source.replace(/\.\w+$/, ''))
          ? `/${segments[0]}\\.html`
          : `/${parts.map((p) => `${p}/`).join('')}`;
        templates.push({ source, pattern: new RegExp(`^${route}$`), dynamic });
      }
    }
  };
  walk(pagesDir);
  return templates;
}

/** The template (source file under src/pages) that built a page: of the routes that match, the one with fewest dynamic segments, as in Astro. */
export function templateOf(path: string, templates = pageTemplates()): string | undefined {
  return templates.filter((t) => t.pattern.test(path)).sort((a, b) => a.dynamic - b.dynamic)[0]?.source;
}

/**
 * One content page per template: the largest page each template built (the most content, so the
 * most likely to show a problem), keyed by the template's source file. Redirect pages are left out
 * (a browser leaves them at once), so a template that builds only redirects has no entry.
 */
export function templatePages(dir: string, templates = pageTemplates()): { template: string; path: string }[] {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of contentPaths(dir)) {
    const template = templateOf(path, templates);
    if (!template) continue;
    const size = statSync(fileFor(dir, path)!).size;
    if ((best.get(template)?.size ?? -1) < size) best.set(template, { path, size });
  }
  return [...best]
    .map(([template, { path }]) => ({ template, path }))
    .sort((a, b) => a.template.localeCompare(b.template));
}

export interface PageProblem {
  page: string;
  problem: string;
}

/** html-validate over every page, with the repository's committed configuration. */
export async function htmlErrors(dir: string): Promise<PageProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: PageProblem[] = [];
  for (const path of sitePaths(dir)) {
    const report = await validator.validateFile(fileFor(dir, path)!);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push({ page: path, problem: `${m.line}:${m.column} ${m.ruleId}: ${m.message}` });
    }
  }
  return problems;
}

const parsed = new Map<string, HTMLElement>();
function parsePage(file: string): HTMLElement {
  let doc = parsed.get(file);
  if (!doc) parsed.set(file, (doc = parse(readFileSync(file, 'utf8'))));
  return doc;
}

/**
 * Every internal link, stylesheet, image and script reference on every page that leads nowhere: no
 * file at the address, or no element with the fragment's id on the page it points to. Links to other
 * sites are left alone (the suite runs offline); the canonical link names the production host.
 */
export function brokenLinks(dir: string): PageProblem[] {
  parsed.clear();
  const problems: PageProblem[] = [];
  const local = 'http://site.invalid';
  const site = new URL(process.env.SITE ?? 'https://charter-atlas.example').origin;
  for (const path of sitePaths(dir)) {
    const doc = parsePage(fileFor(dir, path)!);
    const refs = doc
      .querySelectorAll('a[href], link[href], img[src], script[src], source[src], iframe[src]')
      .filter((el) => el.getAttribute('rel') !== 'canonical')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    // A redirect page's meta refresh is a link a browser follows by itself.
    const redirect = redirectTarget(doc);
    if (redirect !== undefined) refs.push(redirect);
    for (const ref of refs) {
      const target = new URL(ref, `${local}${BASE}${path.slice(1)}`);
      if (target.origin !== local && target.origin !== site) continue;
      if (!target.pathname.startsWith(BASE)) {
        problems.push({ page: path, problem: `${ref}: outside the site's base ${BASE}` });
        continue;
      }
      const file = fileFor(dir, '/' + target.pathname.slice(BASE.length));
      if (!file) {
        problems.push({ page: path, problem: `${ref}: no such page or file` });
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      // "#/collections/…" is a route inside the content editor (Edit this page), not an anchor.
      if (
        id &&
        !id.startsWith('/') &&
        file.endsWith('.html') &&
        !parsePage(file).querySelector(`[id="${id.replace(/"/g, '\\"')}"]`)
      ) {
        problems.push({ page: path, problem: `${ref}: the page has no element with id "${id}"` });
      }
    }
  }
  return problems;
}

/**
 * The frame every page must keep, checked on every page: a language, one h1, the landmarks, a skip
 * link that leads to main, and data tables that say what they hold (caption) and how their headers
 * apply (scope). A redirect page has no frame to keep, but still needs a language, a title and a
 * link a reader can follow to where it redirects.
 */
export function structureProblems(dir: string): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const path of sitePaths(dir).filter((p) => !isEditorPage(p))) {
    const doc = parse(readFileSync(fileFor(dir, path)!, 'utf8'));
    const report = (problem: string) => problems.push({ page: path, problem });
    if (!doc.querySelector('html')?.getAttribute('lang')) report('html has no lang');
    const redirect = redirectTarget(doc);
    if (redirect !== undefined) {
      if (!doc.querySelector('title')?.textContent.trim()) report('the redirect page has no title');
      if (
        !doc.querySelectorAll('body a[href]').some((a) => a.getAttribute('href') === redirect && a.textContent.trim())
      ) {
        report(`the redirect page has no link to ${redirect}`);
      }
      continue;
    }
    const count = (selector: string) => doc.querySelectorAll(selector).length;
    if (count('h1') !== 1) report(`${count('h1')} h1 elements (expected 1)`);
    if (count('main') !== 1) report(`${count('main')} main elements (expected 1)`);
    if (count('body > header') !== 1) report('no page header (banner landmark)');
    if (count('body > footer') !== 1) report('no page footer (contentinfo landmark)');
    if (count('nav') < 1) report('no navigation landmark');
    const firstLink = doc.querySelector('body a');
    const skipTarget = firstLink?.getAttribute('href')?.match(/^#(.+)$/)?.[1];
    if (!skipTarget || doc.querySelector('main')?.getAttribute('id') !== skipTarget)
      report('the first link is not a skip link to main');
    doc.querySelectorAll('table').forEach((table, i) => {
      if (!table.querySelector('caption')?.textContent.trim()) report(`table ${i + 1} has no caption`);
      if (!table.querySelector('th')) report(`table ${i + 1} has no header cells`);
      for (const th of table.querySelectorAll('th')) {
        if (!/^(row|col|rowgroup|colgroup)$/.test(th.getAttribute('scope') ?? ''))
          report(`table ${i + 1}: header "${th.textContent.trim()}" has no scope`);
      }
    });
  }
  return problems;
}

/** A throwaway copy of a built site to break on purpose; call the returned function to delete it. */
export function copySite(dir: string): { dir: string; remove: () => void } {
  const copy = mkdtempSync(join(tmpdir(), 'charter-atlas-site-'));
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Rewrites one page of a copied site. */
export function mutatePage(dir: string, sitePath: string, change: (html: string) => string): void {
  const file = fileFor(dir, sitePath);
  if (!file) throw new Error(`${dir} has no page ${sitePath}`);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the mutation left ${sitePath} unchanged`);
  writeFileSync(file, after);
}

/** Inserts markup at the start of a page's main content. */
export const intoMain = (markup: string) => (html: string) => html.replace(/(<main\b[^>]*>)/, `$1${markup}`);
