/**
 * What the built pages give search: which pages are indexed and with what, the header's search
 * box, the search page's form and its message for browsers without JavaScript, and no inline script.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crosswalkOf } from '../../src/lib/crosswalk/crosswalk';
import {
  actionPlanSearch,
  comparisonSearch,
  costsSearch,
  councilSearch,
  frameworkSearch,
  registerSearch,
  strategySearch,
  topicSearch,
  type SearchRecord,
} from '../../src/lib/search/records';
import { SEARCH_FILTERS } from '../../src/lib/search/vocabulary';
import type { StandardRecord } from '../../src/lib/catalog/catalog';
import { charterIds } from '../../src/lib/catalog/editions';
import { registerOfCharter, registerRows } from '../../src/lib/register/register';
import { paths } from '../../src/lib/common/urls';
import { realCatalog, realFrameworkPairs } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';

const catalog = realCatalog();
const crosswalk = crosswalkOf(catalog);

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'pagefind'
        ? []
        : htmlFiles(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );
const sitePath = (file: string) => `/${relative(DIST, file)}`.replace(/index\.html$/, '');

/**
 * A standard's record as its content states it: the framework's regions and short title, the levels it
 * applies to (all of them when it names none) and the topics its mapping gives it, in the mapping's order.
 * Written from the content files, not by the module that built the page, so a filter dropped from the
 * records (the standards' topics) goes red.
 */
function standardRecord({ frameworkId, slug, standard }: StandardRecord): Pick<SearchRecord, 'title' | 'filters'> {
  const fw = catalog.frameworks.get(frameworkId)!.data;
  // A standard of an edition replaced by a later one in the site is left out of search; realFrameworkPairs
  // checks that the real content has no such edition. An edition marked superseded says so in its title.
  realFrameworkPairs();
  const regions = fw.regions.map((r) => catalog.regions.get(r.id)!.data.name);
  const mapped = catalog.mappingsByFramework.get(frameworkId)?.data.mappings.find((m) => m.standard === slug);
  const label = `${standard.number === undefined ? '' : `${standard.number} `}${standard.title}${fw.status === 'superseded' ? ' (superseded edition)' : ''}`;
  return {
    title: `${regions.join(' and ')} · ${label}`,
    filters: {
      region: regions,
      framework: [fw.shortTitle],
      type: ['Standard'],
      level: fw.levels.filter((l) => !standard.level || l.id === standard.level).map((l) => l.name),
      topic: (mapped?.topics ?? []).map((t) => catalog.topics.get(t.topic.id)!.data.name),
    },
  };
}

/** Every page that belongs in search, with the record it must carry. */
const indexed = new Map<string, Pick<SearchRecord, 'title' | 'filters'>>([
  ...[...catalog.standards.values()].map((r) => [paths.standard(r.frameworkId, r.slug), standardRecord(r)] as const),
  ...[...catalog.frameworks.keys()].map((id) => [paths.framework(id), frameworkSearch(catalog, id)] as const),
  ...[...catalog.costsByFramework.keys()].map((id) => [paths.costs(id), costsSearch(catalog, id)] as const),
  ...[...catalog.councils.keys()].map((id) => [paths.council(id), councilSearch(catalog, id)] as const),
  ...catalog.entries.strategies.map(
    (s) => [paths.strategy(s.data.council.id, s.id), strategySearch(catalog, s)] as const,
  ),
  ...catalog.entries.actionPlans.map(
    (p) => [paths.actionPlan(p.data.council.id, p.id), actionPlanSearch(catalog, p)] as const,
  ),
  ...[...catalog.topics.keys()].map((id) => [paths.topic(id), topicSearch(catalog, crosswalk, id)] as const),
  ...realFrameworkPairs().map(
    ([a, b]) =>
      [
        paths.comparePair(a.id, b.id),
        comparisonSearch(catalog, `${a.data.shortTitle} and ${b.data.shortTitle} compared`, [a.id, b.id]),
      ] as const,
  ),
  [paths.compareCosts(), comparisonSearch(catalog, 'Costs compared', [...catalog.costsByFramework.keys()])],
  [
    paths.compareStages(),
    comparisonSearch(
      catalog,
      'Stages compared',
      crosswalk.frameworks.filter((fw) => fw.data.stages.length > 0).map((fw) => fw.id),
    ),
  ],
  // A charter's register page is indexed once a council is on it.
  ...charterIds(catalog)
    .map((id) => [id, registerOfCharter(registerRows(catalog), id)] as const)
    .filter(([, rows]) => rows.length > 0)
    .map(([id, rows]) => [paths.registerOfCharter(id), registerSearch(catalog, id, rows)] as const),
]);

describe('pages in the search index', () => {
  const files = htmlFiles(DIST);

  it('only standards, frameworks, costs, councils, strategies, action plans, topics, comparisons and registers mark their main content for indexing', () => {
    const marked = files.filter((f) => page(sitePath(f) || '/').querySelector('[data-pagefind-body]')).map(sitePath);
    expect(marked.sort()).toEqual([...indexed.keys()].sort());
    for (const path of marked) expect(page(path).querySelector('[data-pagefind-body]')?.tagName, path).toBe('MAIN');
  });

  it('has standards filed under topics, so the topic filter finds them', () => {
    expect(
      [...indexed.values()].filter((r) => r.filters.type[0] === 'Standard' && r.filters.topic.length > 0).length,
    ).toBeGreaterThan(0);
  });

  it.each([...indexed.entries()])('%s carries its title, type and filters', (path, record) => {
    const main = page(path).querySelector('main')!;
    const value = (selector: string) => main.querySelectorAll(selector).map((el) => el.getAttribute('data-value'));
    expect(value('[data-pagefind-meta="title[data-value]"]')).toEqual([record.title]);
    for (const filter of SEARCH_FILTERS)
      expect(value(`[data-pagefind-filter="${filter}[data-value]"]`), filter).toEqual(record.filters[filter]);
  });

  it("leaves a standard page's links to neighbouring standards out of its text", () => {
    expect(
      page(paths.standard('east-midlands', '2.9')).querySelector('nav.pager')?.hasAttribute('data-pagefind-ignore'),
    ).toBe(true);
  });

  it('has no inline script on any page, so a Content-Security-Policy without unsafe-inline allows the site', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const script of page(sitePath(file) || '/').querySelectorAll('script')) {
        expect(script.getAttribute('src'), `${sitePath(file)}: ${script.toString().slice(0, 80)}`).toBeTruthy();
      }
    }
  });
});

describe('search box and search page', () => {
  it.each([paths.home(), paths.standard('east-midlands', '2.9'), '/404.html'])(
    '%s has a labelled search box that submits to the search page',
    (path) => {
      const form = page(path).querySelector('header form[role="search"]')!;
      expect(form.getAttribute('action')).toBe(paths.search());
      expect(form.getAttribute('method')).toBe('get');
      const input = form.querySelector('input[name="q"]')!;
      expect(text(form.querySelector(`label[for="${input.id}"]`))).toBe('Search');
    },
  );

  it('the search page labels every control, announces results and explains itself without JavaScript', () => {
    const doc = page(paths.search());
    const form = doc.querySelector('main form[role="search"]')!;
    const controls = form.querySelectorAll('input, select');
    expect(controls.length).toBeGreaterThan(SEARCH_FILTERS.length);
    for (const control of controls) {
      expect(text(form.querySelector(`label[for="${control.id}"]`)), control.id).not.toBe('');
    }
    expect(form.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual([...SEARCH_FILTERS, 'sort']);
    expect(doc.querySelector('[role="status"]')).not.toBeNull();
    const fallback = doc.querySelector('[data-search-fallback]')!;
    expect(fallback.hasAttribute('hidden')).toBe(false);
    expect(fallback.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      paths.frameworks(),
      paths.regions(),
      paths.councils(),
      paths.register(),
      paths.topics(),
      paths.compare(),
    ]);
    expect(text(fallback.querySelector('h2'))).toBe('Search needs JavaScript');
    // Every link and its neighbouring words are separated by spaces ("councilswith" ran together).
    for (const link of fallback.querySelectorAll('a'))
      expect(text(link.parentNode as never), link.text).toMatch(new RegExp(`(^|\\s)${link.text}([\\s,.]|$)`));
    expect(doc.querySelectorAll('script').map((s) => s.getAttribute('src'))).toHaveLength(1);
  });
});

describe('pages that list content indexed elsewhere', () => {
  it.each([
    paths.topic('induction'),
    paths.comparePair('east-midlands', 'south-east'),
    paths.compareCosts(),
    paths.compareStages(),
  ])(
    "%s is found by its title and summary; its listings are left out so the standards' own pages rank first",
    (path) => {
      const main = page(path).querySelector('main')!;
      expect(main.querySelector('[data-pagefind-ignore] table')).not.toBeNull();
      expect(main.querySelector('h1')?.closest('[data-pagefind-ignore]')).toBeNull();
    },
  );
});
