/**
 * dist/_headers, read the way Netlify and Cloudflare Pages read it (every matching rule applies; a
 * pattern ending in * matches any path with that prefix): every built page gets exactly one
 * Content-Security-Policy, the same as its meta tag plus frame-ancestors 'none', 'wasm-unsafe-eval'
 * only on /search/ (and Pagefind's worker), and the other security headers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../helpers/dist';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      expect(name, `a header line without a rule or a name: ${line}`).toBeDefined();
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Every header a host sends for `path`, one entry per matching rule. */
const headersFor = (rules: Rule[], path: string) =>
  rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers);

/** The address of every HTML page in dist/ (index.html files as their folder). */
function builtPages(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '/'));
}

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const pages = builtPages();
const metaPolicy = (path: string) =>
  page(path).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');

describe('dist/_headers', () => {
  it('is read over every page of the site', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('/search/');
    expect(pages).toContain('/charters/lga/'); // a redirect page
    expect(pages).toContain('/404.html');
  });

  it("gives every page exactly one Content-Security-Policy, its meta tag's plus frame-ancestors 'none'", () => {
    for (const path of pages) {
      const policies = headersFor(rules, path)
        .filter(([name]) => name === 'Content-Security-Policy')
        .map(([, v]) => v);
      expect(policies, path).toHaveLength(1);
      const meta = metaPolicy(path);
      expect(meta, `${path} has a meta Content-Security-Policy`).toBeTruthy();
      expect(meta, path).not.toContain('frame-ancestors'); // ignored (with a warning) in a meta tag
      expect(policies[0], path).toBe(`${meta}; frame-ancestors 'none'`);
    }
  });

  it("allows 'wasm-unsafe-eval' on /search/ and nowhere else a page is", () => {
    for (const path of pages) expect(metaPolicy(path)!.includes("'wasm-unsafe-eval'"), path).toBe(path === '/search/');
  });

  it("allows 'unsafe-eval', inline styles and GitHub's API only on the content editor (/admin/)", () => {
    expect(pages).toContain('/admin/');
    for (const path of pages) {
      const meta = metaPolicy(path)!;
      for (const loosened of ["'unsafe-eval'", "'unsafe-inline'", 'https://api.github.com'])
        expect(meta.includes(loosened), `${path}: ${loosened}`).toBe(path === '/admin/');
    }
  });

  it('allows no inline script or style and nothing from another origin', () => {
    const policy = headersFor(rules, '/frameworks/lga/').find(([name]) => name === 'Content-Security-Policy')![1];
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends the other security headers once on every page and file', () => {
    for (const path of [...pages, '/_astro/site.css', '/pagefind/pagefind.js', '/sitemap-index.xml']) {
      const headers = headersFor(rules, path);
      for (const [name, value] of [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ])
        expect(
          headers.filter(([n]) => n === name),
          `${path} ${name}`,
        ).toEqual([[name, value]]);
      expect(
        headers.filter(([n]) => n === 'Permissions-Policy'),
        path,
      ).toHaveLength(1);
    }
  });

  it("lets Pagefind's worker compile its WebAssembly (a worker runs under its own response's policy)", () => {
    const policy = headersFor(rules, '/pagefind/pagefind-worker.js').filter(
      ([name]) => name === 'Content-Security-Policy',
    );
    expect(policy).toHaveLength(1);
    expect(policy[0]![1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(existsSync(join(DIST, 'pagefind', 'pagefind-worker.js'))).toBe(true);
  });
});
