/**
 * A charter with two editions, built as a whole site. No source gives a second edition of any
 * charter, so the second edition exists only in a temporary copy of the project (a fixture),
 * never in the real content. The copy is built under a sub-path to prove `SITE`/`BASE` too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/files';
import { standardSlug } from '../../src/schemas/standard-slug';
import { paths } from '../../src/lib/common/urls';
import { at, fixtureSite, NEW, OLD, SITE, type FixtureSite } from './fixture-site';

let site: FixtureSite;
const html = (path: string) => parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));
const text = (el: { textContent: string } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  site = await fixtureSite();
}, 300_000);

describe('a charter with two editions', () => {
  it('passes the check and builds', () => {
    expect(site.check.output).toContain('Content check: 0 error(s)');
    expect(site.check.status).toBe(0);
    expect(site.controlBuild.status, site.controlBuild.output).toBe(0);
  });

  it('keeps each edition at its own address; the superseded one says so and links to the current one', () => {
    expect(existsSync(join(site.dist, paths.framework(NEW), 'index.html'))).toBe(true);
    const old = html(paths.framework(OLD));
    const banner = old.querySelector(`main [data-superseded="${OLD}"]`);
    expect(text(banner)).toContain('It was replaced by');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe(at(paths.framework(NEW)));
    expect(
      html(paths.framework(NEW)).querySelector('main [data-superseded]'),
      'the current edition has no banner',
    ).toBeNull();
  });

  it("leaves the superseded edition's standards out of search, but not the edition itself", () => {
    const oldStandards = loadContent(site.root)
      .entries.frameworks.find((f) => f.id === OLD)!
      .data.themes.flatMap((t) => t.standards);
    expect(oldStandards.length).toBeGreaterThan(0);
    for (const standard of oldStandards) {
      expect(
        html(paths.standard(OLD, standardSlug(standard)))
          .querySelector('main')
          ?.hasAttribute('data-pagefind-body'),
        standardSlug(standard),
      ).toBe(false);
    }
    expect(html(paths.framework(OLD)).querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    const current = loadContent(site.root).entries.frameworks.find((f) => f.id === NEW)!.data.themes[0]!.standards[0]!;
    expect(
      html(paths.standard(NEW, standardSlug(current)))
        .querySelector('main')
        ?.hasAttribute('data-pagefind-body'),
    ).toBe(true);
  });

  it('lists the history on both editions, with dates and what the new edition changes', () => {
    // The fixture's new edition adds standard 1.7 and renames "Budget" (fixture-site.ts), as printed.
    const expected = ['1 standard added', '1 standard reworded'];
    for (const id of [OLD, NEW]) {
      const items = html(paths.framework(id)).querySelectorAll('.edition-history > li');
      expect(items).toHaveLength(2);
      expect(text(items[0])).toContain('Published: Not stated');
      expect(items[1]!.querySelector('time')?.getAttribute('datetime')).toBe('2017-04-01');
      expect(text(items[1])).toContain('Current edition');
      expect(items[1]!.querySelectorAll('ul li').map(text)).toEqual(expected);
      expect(items[id === OLD ? 0 : 1]!.querySelector('[aria-current="page"]')).not.toBeNull();
    }
  });

  it('sends the charter address to the current edition', () => {
    const redirect = readFileSync(join(site.dist, paths.charter(OLD), 'index.html'), 'utf8');
    expect(redirect).toContain(`url=${at(paths.framework(NEW))}`);
  });

  it('keeps the action plan pointing at the edition it was written against', () => {
    const towards = html(paths.actionPlan('harrow', 'harrow-2008'))
      .querySelectorAll('.summary-list div')
      .find((d) => text(d.querySelector('dt')) === 'Towards')!;
    expect(towards.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      at(paths.framework(OLD)),
      at(paths.framework(NEW)),
    ]);
  });

  it('renders the allowed <Note> component and puts the base on site links in the body', () => {
    const main = html(paths.framework(NEW)).querySelector('main')!;
    expect(main.querySelectorAll('.notice').map(text)).toContain('Note: This edition is a test fixture.');
    expect(main.querySelector('a[href$="/frameworks/south-east/"]')?.getAttribute('href')).toBe(
      at(paths.framework(OLD)),
    );
  });

  it('lists the new edition on /updates/ and in the feed, dated as the edition states', () => {
    const item = html(paths.updates())
      .querySelectorAll('main li')
      .find((li) => text(li).includes('2017 edition (test fixture)'))!;
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2017-04-01');
    expect(text(item)).toContain('1 standard added; 1 standard reworded');
    const feed = readFileSync(join(site.dist, paths.updatesFeed()), 'utf8');
    expect(feed).toMatch(
      new RegExp(`<link>${SITE}${at(paths.framework(NEW))}</link>.*?<pubDate>Sat, 01 Apr 2017 00:00:00 GMT</pubDate>`),
    );
  });

  it('builds pair pages for current editions and for the two editions, and sends the old pairs to the current ones', () => {
    const redirectOf = (path: string) =>
      /url=([^"]+)"/.exec(readFileSync(join(site.dist, path, 'index.html'), 'utf8'))?.[1];
    // The new edition is current: a page with every other charter, and one with the edition it replaced.
    // Every other charter in the fixture: the real ones and the fixture's new framework.
    const frameworks = loadContent(site.root).entries.frameworks.filter((f) => f.id !== OLD && f.id !== NEW);
    const others = frameworks.map((f) => f.id);
    expect(others.length).toBeGreaterThan(2);
    for (const other of frameworks) {
      expect(html(paths.comparePair(other.id, NEW)).querySelector('h1')).not.toBeNull();
      if (other.data.status === 'draft') {
        // A draft was never in force beside the old edition, so no address of that pair was ever published.
        expect(existsSync(join(site.dist, paths.comparePairAsGiven(other.id, OLD), 'index.html'))).toBe(false);
        continue;
      }
      // The old edition was in force beside the others (no dates say otherwise): its old addresses redirect.
      expect(redirectOf(paths.comparePairAsGiven(other.id, OLD))).toBe(at(paths.comparePair(other.id, NEW)));
      expect(redirectOf(paths.comparePairAsGiven(OLD, other.id))).toBe(at(paths.comparePair(other.id, NEW)));
    }
    expect(frameworks.some((f) => f.data.status === 'draft') && frameworks.some((f) => f.data.status !== 'draft')).toBe(
      true,
    );
    expect(text(html(paths.comparePair(OLD, NEW)).querySelector('h1'))).toMatch(
      /\(Pre-2017 edition \(five criteria\)\) and .*\(2017 edition \(test fixture\)\) compared/,
    );
    // The superseded edition's page links to its comparison with the next edition and to the current edition's pairs.
    const old = html(paths.framework(OLD));
    expect(old.querySelectorAll('.edition-history a').map((a) => a.getAttribute('href'))).toContain(
      at(paths.comparePair(OLD, NEW)),
    );
    expect(
      old
        .querySelectorAll('[aria-labelledby="compare-heading"] a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(others.map((other) => at(paths.comparePair(other, NEW))).sort());
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}${at(paths.comparePair('lga', NEW))}</loc>`);
    expect(sitemap).not.toContain(`${at(paths.comparePair('lga', OLD))}</loc>`);
  });

  it('uses the configured site and base for canonical URLs and the sitemap, which leaves out redirects', () => {
    expect(html(paths.framework(NEW)).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}${at(paths.framework(NEW))}`,
    );
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}${at(paths.framework(NEW))}</loc>`);
    expect(sitemap).not.toContain('/charters/');
  });
});
