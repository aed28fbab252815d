/** The built site's updates page, feed and sitemap, and the page list the content check uses for links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/lib/site/routes';
import { paths } from '../../src/lib/site/urls';
import { realCatalog } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';

const catalog = realCatalog();

function builtPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : builtPages(full);
    return name === 'index.html' ? [`/${relative(DIST, dir)}/`.replace(/^\/\/$/, '/').replace(/\/+/g, '/')] : [];
  });
}

describe('publishing', () => {
  it('the content check knows exactly the pages the site builds, so a link it accepts never 404s', () => {
    const known = [...sitePaths(catalog)].filter((p) => p.endsWith('/'));
    expect(builtPages().sort()).toEqual(known.sort());
  });

  it('/updates/ and the feed list the same updates, newest first', () => {
    const items = page(paths.updates()).querySelectorAll('main ol > li');
    expect(items.length, 'the real content has dated updates').toBeGreaterThan(0);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    const feed = readFileSync(join(DIST, paths.updatesFeed()), 'utf8');
    expect(feed.startsWith('<?xml')).toBe(true);
    expect((feed.match(/<item>/g) ?? []).length).toBe(items.length + page(paths.updates()).querySelectorAll('#undated-heading + ul > li').length);
    for (const li of items) expect(feed).toContain(`<title>${text(li.querySelector('h2')).replace(/&/g, '&amp;')}</title>`);
  });

  it('every page links the feed, and the sitemap lists every page but the redirects', () => {
    expect(page(paths.home()).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(paths.updatesFeed());
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const redirects = (p: string) => p.startsWith('/charters/') || (/^\/compare\/([^/]+)\/([^/]+)\/$/.test(p) && p !== paths.comparePair(...(p.split('/').slice(2, 4) as [string, string])));
    expect(locs.sort()).toEqual(builtPages().filter((p) => !redirects(p)).sort());
  });
});
