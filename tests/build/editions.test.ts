/**
 * A charter with two editions, built as a whole site. No source gives a second edition of any
 * charter, so the second edition exists only in a temporary copy of the project (a fixture),
 * never in the real content. The copy is built under a sub-path to prove `SITE`/`BASE` too.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFramework, summarise } from '../../src/lib/changes';
import { loadContent } from '../../src/lib/content-files';
import { paths } from '../../src/lib/urls';
import { projectCopyWith, run } from '../helpers/site-copy';

const OLD = 'south-east';
const NEW = 'south-east-2017';
const SITE = 'https://charters.example.gov.uk';
const BASE = '/atlas/';
const OLD_FILE = `src/content/frameworks/${OLD}.mdx`;

const copy = projectCopyWith([
  {
    file: `src/content/frameworks/${NEW}.mdx`,
    copy: OLD_FILE,
    replace: 'status: superseded',
    with: `charter: ${OLD}\nsupersedes: ${OLD}\nstatus: current`,
  },
  { file: `src/content/frameworks/${NEW}.mdx`, replace: 'label: "Pre-2017 edition (five criteria)"', with: 'label: "2017 edition (test fixture)"\n  published:\n    asPublished: "1 April 2017"\n    date: "2017-04-01"' },
  { file: `src/content/frameworks/${NEW}.mdx`, replace: 'title: "Budget"', with: 'title: "Dedicated budget"' },
  { file: `src/content/frameworks/${NEW}.mdx`, replace: '        title: "Dissemination of learning"', with: '        title: "Dissemination of learning"\n      - number: "1.7"\n        title: "Member development champion"' },
  // Every standard needs its topics: the new edition's mapping is the old one's, plus the added standard.
  { file: `src/content/mappings/${NEW}.yaml`, copy: 'src/content/mappings/south-east.yaml', replace: 'framework: south-east\nmappings:', with: `framework: ${NEW}\nmappings:\n  - standard: "1.7"\n    topics:\n      - { topic: member-led-development, relationship: intersects-with }` },
  { file: `src/content/frameworks/${NEW}.mdx`, replace: 'This framework is reconstructed', with: '<Note>This edition is a test fixture.</Note>\n\nSee [the earlier edition](/frameworks/south-east/).\n\nThis framework is reconstructed' },
]);
const dist = join(copy, 'dist');
const html = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (el: { textContent: string } | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const at = (path: string) => `${BASE.replace(/\/$/, '')}${path}`;

let build: { status: number | null; output: string };
beforeAll(() => {
  build = run(copy, ['run', 'build'], { SITE, BASE });
}, 240_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a charter with two editions', () => {
  it('passes the check and builds', () => {
    expect(build.output).toContain('Content check: 0 error(s)');
    expect(build.status).toBe(0);
  });

  it('keeps each edition at its own address; the superseded one says so and links to the current one', () => {
    expect(existsSync(join(dist, paths.framework(NEW), 'index.html'))).toBe(true);
    const old = html(paths.framework(OLD));
    const notice = old.querySelectorAll('main .notice').find((n) => text(n).includes('superseded. The current edition is'));
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(at(paths.framework(NEW)));
  });

  it('lists the history on both editions, with dates and the changes the change report finds', () => {
    const { entries } = loadContent(copy);
    const version = (id: string) => ({ framework: entries.frameworks.find((f) => f.id === id)!.data });
    const expected = summarise(compareFramework(NEW, version(OLD), version(NEW))).map((s) => s.charAt(0).toUpperCase() + s.slice(1));
    expect(expected).toEqual(['1 standard added', '1 standard reworded']);
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
    const redirect = readFileSync(join(dist, paths.charter(OLD), 'index.html'), 'utf8');
    expect(redirect).toContain(`url=${at(paths.framework(NEW))}`);
  });

  it('keeps the action plan pointing at the edition it was written against', () => {
    const towards = html(paths.actionPlan('harrow', 'harrow-2008')).querySelectorAll('.summary-list div').find((d) => text(d.querySelector('dt')) === 'Towards')!;
    expect(towards.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([at(paths.framework(OLD)), at(paths.framework(NEW))]);
  });

  it('renders the allowed <Note> component and puts the base on site links in the body', () => {
    const main = html(paths.framework(NEW)).querySelector('main')!;
    expect(main.querySelectorAll('.notice').map(text)).toContain('Note: This edition is a test fixture.');
    expect(main.querySelector('a[href$="/frameworks/south-east/"]')?.getAttribute('href')).toBe(at(paths.framework(OLD)));
  });

  it('lists the new edition on /updates/ and in the feed, dated as the edition states', () => {
    const item = html(paths.updates()).querySelectorAll('main li').find((li) => text(li).includes('2017 edition (test fixture)'))!;
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2017-04-01');
    expect(text(item)).toContain('1 standard added; 1 standard reworded');
    const feed = readFileSync(join(dist, paths.updatesFeed()), 'utf8');
    expect(feed).toMatch(new RegExp(`<link>${SITE}${at(paths.framework(NEW))}</link>.*?<pubDate>Sat, 01 Apr 2017 00:00:00 GMT</pubDate>`));
  });

  it('builds pair pages for current editions and for the two editions, and sends the old pairs to the current ones', () => {
    const redirectOf = (path: string) => /url=([^"]+)"/.exec(readFileSync(join(dist, path, 'index.html'), 'utf8'))?.[1];
    // The new edition is current: a page with every other charter, and one with the edition it replaced.
    for (const other of ['east-midlands', 'lga', 'west-midlands']) {
      expect(html(paths.comparePair(other, NEW)).querySelector('h1')).not.toBeNull();
      // The old edition was in force beside the others (no dates say otherwise): its old addresses redirect.
      expect(redirectOf(paths.comparePairAsGiven(other, OLD))).toBe(at(paths.comparePair(other, NEW)));
      expect(redirectOf(paths.comparePairAsGiven(OLD, other))).toBe(at(paths.comparePair(other, NEW)));
    }
    expect(text(html(paths.comparePair(OLD, NEW)).querySelector('h1'))).toMatch(/\(Pre-2017 edition \(five criteria\)\) and .*\(2017 edition \(test fixture\)\) compared/);
    // The superseded edition's page links to its comparison with the next edition and to the current edition's pairs.
    const old = html(paths.framework(OLD));
    expect(old.querySelectorAll('.edition-history a').map((a) => a.getAttribute('href'))).toContain(at(paths.comparePair(OLD, NEW)));
    expect(old.querySelectorAll('[aria-labelledby="compare-heading"] a').map((a) => a.getAttribute('href')).sort())
      .toEqual(['east-midlands', 'lga', 'west-midlands'].map((other) => at(paths.comparePair(other, NEW))).sort());
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}${at(paths.comparePair('lga', NEW))}</loc>`);
    expect(sitemap).not.toContain(`${at(paths.comparePair('lga', OLD))}</loc>`);
  });

  it('uses the configured site and base for canonical URLs and the sitemap, which leaves out redirects', () => {
    expect(html(paths.framework(NEW)).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${at(paths.framework(NEW))}`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE}${at(paths.framework(NEW))}</loc>`);
    expect(sitemap).not.toContain('/charters/');
  });
});
