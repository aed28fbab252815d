/** The built site's updates page, feed and sitemap, and the page list the content check uses for links. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/lib/site/routes';
import { paths } from '../../src/lib/common/urls';
import { realCatalog } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';
import { parseXml } from '../helpers/xml';

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

  it('/updates/ and the feed list the same updates, newest first; the feed parses as XML', () => {
    const updates = page(paths.updates());
    const items = updates.querySelectorAll('main ol > li');
    expect(items.length, 'the real content has dated updates').toBeGreaterThan(0);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    const feed = readFileSync(join(DIST, paths.updatesFeed()), 'utf8');
    const { rss } = parseXml(feed, (name) => name === 'item') as {
      rss: { channel: { item: { title: string; link: string; guid: string; pubDate?: string }[] } };
    };
    const channel = rss.channel;
    const undated = updates.querySelectorAll('#undated-heading + ul > li');
    expect(channel.item.map((i) => i.title)).toEqual([
      ...items.map((li) => text(li.querySelector('h2'))),
      ...undated.map((li) => text(li.querySelector('h3'))),
    ]);
    // A whole day is the item's date; the guid tells items apart where they share a page.
    items.forEach((li, n) => {
      const day = li.querySelector('time')!.getAttribute('datetime')!;
      if (day.length === 10) expect(new Date(channel.item[n]!.pubDate!).toISOString().slice(0, 10)).toBe(day);
    });
    expect(new Set(channel.item.map((i) => i.guid)).size).toBe(channel.item.length);
  });

  it('every page links the feed, and the sitemap lists every page but the redirects', () => {
    expect(
      page(paths.home()).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'),
    ).toBe(paths.updatesFeed());
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const redirects = (p: string) =>
      p.startsWith('/charters/') ||
      (/^\/compare\/([^/]+)\/([^/]+)\/$/.test(p) &&
        p !== paths.comparePair(...(p.split('/').slice(2, 4) as [string, string])));
    expect(locs.sort()).toEqual(
      builtPages()
        .filter((p) => !redirects(p))
        .sort(),
    );
  });
});
