/**
 * The search index built into dist/pagefind, queried through Pagefind's own browser bundle:
 * real questions councils ask must put the right page first, and filters must narrow correctly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_FILTERS, STANDARD_NUMBER_FILTER } from '../../src/lib/search/vocabulary';
import { paths } from '../../src/lib/common/urls';
import { realCatalog, realFrameworkPairs } from '../helpers/content';
import type { PagefindApi } from '../../src/lib/search/query';
import { loadPagefind, topResults } from '../helpers/pagefind';

const catalog = realCatalog();
/** Each kind of page's content type as the type filter prints it. */
const PRINTED_TYPES = [
  'Standard',
  'Framework',
  'Costs',
  'Council',
  'Strategy',
  'Action plan',
  'Topic',
  'Comparison',
  'Accreditation register',
];
let pagefind: PagefindApi;
beforeAll(async () => {
  pagefind = await loadPagefind();
});

const entry = <T>(list: { id: string; data: T }[], id: string) => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found.data;
};
const standard = (frameworkId: string, number: string) => catalog.standards.get(`${frameworkId}/${number}`)!.standard;
const strategy = entry(catalog.entries.strategies, 'derbyshire-2020-21');
const plan = entry(catalog.entries.actionPlans, 'harrow-2008');
const costs = catalog.costsByFramework.get('west-midlands')!.data;

/**
 * Each query, the page that must come first, and the content that page is built from: the test
 * first checks the phrase really is in that content, so it cannot pass by accident.
 */
const cases: { query: string; page: string; source: unknown }[] = [
  {
    query: 'desktop review',
    page: paths.framework('east-midlands'),
    source: catalog.frameworks.get('east-midlands')!.data.stages,
  },
  { query: 'Charter award', page: paths.costs('west-midlands'), source: costs },
  { query: '£750', page: paths.costs('west-midlands'), source: costs },
  { query: '£80', page: paths.costs('west-midlands'), source: costs },
  { query: 'assessment visit', page: paths.costs('west-midlands'), source: costs },
  { query: 'Report write-up', page: paths.costs('west-midlands'), source: costs },
  { query: 'Training Needs Discussion', page: paths.strategy('derbyshire', 'derbyshire-2020-21'), source: strategy },
  {
    query: 'Member Development Working Group',
    page: paths.strategy('derbyshire', 'derbyshire-2020-21'),
    source: strategy,
  },
  { query: 'Derbyshire', page: paths.council('derbyshire'), source: catalog.councils.get('derbyshire')!.data },
  { query: 'Modern Councillor', page: paths.actionPlan('harrow', 'harrow-2008'), source: plan },
  { query: 'Harrow', page: paths.council('harrow'), source: catalog.councils.get('harrow')!.data },
  { query: 'Member Development Panel', page: paths.actionPlan('harrow', 'harrow-2008'), source: plan },
  {
    query: 'caring responsibilities',
    page: paths.standard('east-midlands', '4.1'),
    source: standard('east-midlands', '4.1'),
  },
  {
    query: 'structured induction',
    page: paths.standard('east-midlands', '2.9'),
    source: standard('east-midlands', '2.9'),
  },
  { query: 'Strategy for Induction', page: paths.standard('south-east', '2.7'), source: standard('south-east', '2.7') },
  {
    query: 'family responsibilities',
    page: paths.standard('south-east', '5.1'),
    source: standard('south-east', '5.1'),
  },
  {
    query: 'future community leaders',
    page: paths.standard('east-midlands', '4.3'),
    source: standard('east-midlands', '4.3'),
  },
  {
    query: 'Designated budget',
    page: paths.standard('east-midlands', '1.4'),
    source: standard('east-midlands', '1.4'),
  },
  {
    query: 'Reference Group',
    page: paths.standard('east-midlands', '2.11'),
    source: standard('east-midlands', '2.11'),
  },
  {
    query: 'Representative elected members consulted',
    page: paths.standard('south-east', '3.6'),
    source: standard('south-east', '3.6'),
  },
  { query: 'Charter Plus', page: paths.framework('lga'), source: catalog.frameworks.get('lga')!.data.levels },
  { query: '2.10', page: paths.standard('east-midlands', '2.10'), source: standard('east-midlands', '2.10') },
];

describe('the search index', () => {
  it('indexes only pages that opted in, each with a titled result and a content type', async () => {
    const { results } = await pagefind.search(null);
    const all = await Promise.all(results.map((r) => r.data()));
    const expected =
      catalog.standards.size +
      catalog.frameworks.size +
      catalog.costsByFramework.size +
      catalog.councils.size +
      catalog.entries.strategies.length +
      catalog.entries.actionPlans.length +
      catalog.topics.size +
      realFrameworkPairs().length +
      2 + // + costs and stages compared
      // + each charter's register with a council on it (one framework per charter: realFrameworkPairs checks it)
      new Set(catalog.entries.register.map((e) => e.data.framework.id)).size;
    expect(all).toHaveLength(expected);
    for (const data of all) {
      expect(PRINTED_TYPES).toContain(data.meta['type']);
      expect(data.filters['type']).toEqual([data.meta['type']]);
      expect(data.meta['title']).toMatch(/ · /);
    }
  });

  it.each(cases)('"$query" puts $page first', async ({ query, page, source }) => {
    expect(JSON.stringify(source).toLowerCase(), "the phrase is in the expected page's content").toContain(
      query.toLowerCase(),
    );
    const [top] = await topResults(pagefind, query, {}, 1);
    expect(top?.url).toBe(page);
  });

  it('a result reads "Region · number title"', async () => {
    const [top] = await topResults(pagefind, 'structured induction', {}, 1);
    const em = catalog.regions.get('east-midlands')!.data.name;
    expect(top?.meta['title']).toBe(`${em} · 2.9 ${standard('east-midlands', '2.9').title}`);
  });

  it('a standard number finds every standard with that number, before any page that lists them', async () => {
    for (const number of ['2.9', '1.1', '2.1']) {
      const numbered = [...catalog.standards.values()].filter((r) => r.standard.number === number);
      expect(numbered.length).toBeGreaterThan(1);
      const top = await topResults(pagefind, number, {}, numbered.length);
      expect(top.map((r) => r.url).sort(), number).toEqual(
        numbered.map((r) => paths.standard(r.frameworkId, number)).sort(),
      );
    }
  });

  it("every standard's own page comes first for its number (if it has one) and for its title, within its framework", async () => {
    for (const record of catalog.standards.values()) {
      const framework = catalog.frameworks.get(record.frameworkId)!.data.shortTitle;
      const own = paths.standard(record.frameworkId, record.slug);
      if (record.standard.number !== undefined) {
        const [byNumber] = await topResults(pagefind, record.standard.number, { filters: { framework } }, 1);
        expect(byNumber?.url, `"${record.standard.number}" in ${framework}`).toBe(own);
      }
      const [byTitle] = await topResults(pagefind, record.standard.title, { filters: { framework } }, 1);
      expect(byTitle?.url, `"${record.standard.title}" in ${framework}`).toBe(own);
    }
  });

  it('filtering by region keeps only pages in that region', async () => {
    const em = catalog.regions.get('east-midlands')!.data.name;
    const wm = catalog.regions.get('west-midlands')!.data.name;
    const unfiltered = await topResults(pagefind, 'charter', {}, 100);
    expect(unfiltered.some((r) => r.filters['region']?.includes(wm))).toBe(true);
    const filtered = await topResults(pagefind, 'charter', { filters: { region: em } }, 100);
    expect(filtered.length).toBeGreaterThan(0);
    for (const r of filtered) expect(r.filters['region'], r.url).toContain(em);
    expect(filtered.some((r) => r.url.startsWith(paths.framework('west-midlands')))).toBe(false);
  });

  it('offers every filter the pages declare, with the values people read', async () => {
    const filters = await pagefind.filters();
    for (const name of Object.keys(filters)) expect([...SEARCH_FILTERS, STANDARD_NUMBER_FILTER]).toContain(name);
    expect(Object.keys(filters['region']!).sort()).toEqual(
      [
        ...new Set(
          catalog.entries.frameworks.flatMap((f) => f.data.regions.map((r) => catalog.regions.get(r.id)!.data.name)),
        ),
      ].sort(),
    );
    expect(Object.keys(filters['level']!).sort()).toEqual(
      [...new Set(catalog.entries.frameworks.flatMap((f) => f.data.levels.map((l) => l.name)))].sort(),
    );
  });

  it("lists a framework's standards in number order when sorted by standard number", async () => {
    const framework = catalog.frameworks.get('east-midlands')!.data.shortTitle;
    const results = await topResults(pagefind, '', { filters: { framework, type: 'Standard' }, sort: 'standard' }, 100);
    const numbered = [...catalog.standards.values()].filter(
      (r) => r.frameworkId === 'east-midlands' && r.standard.number !== undefined,
    );
    // Number order: "2.10" read as the numbers 2 and 10, compared part by part (2.9 before 2.10).
    const parts = (n: string) => n.split('.').map(Number);
    for (const r of numbered) expect(r.standard.number).toMatch(/^\d+(\.\d+)*$/);
    const byNumber = (a: string, b: string) => {
      const [pa, pb] = [parts(a), parts(b)];
      const i = pa.findIndex((p, j) => p !== pb[j]);
      return i === -1 ? pa.length - pb.length : pa[i]! - (pb[i] ?? -Infinity);
    };
    const inNumberOrder = numbered
      .sort((a, b) => byNumber(a.standard.number!, b.standard.number!))
      .map((r) => paths.standard('east-midlands', r.slug));
    // Some numbers' number order is not their A–Z order (2.9, 2.10), so the test can tell the two apart.
    const numbers = inNumberOrder.map((url) => url.split('/').at(-2)!);
    expect([...numbers].sort()).not.toEqual(numbers);
    // Unnumbered standards have no number to sort by; the numbered ones come in number order.
    expect(results.map((r) => r.url).filter((url) => inNumberOrder.includes(url))).toEqual(inNumberOrder);
  });

  it("finds every council's own page first by its name, as its content file gives it", async () => {
    for (const council of catalog.councils.values()) {
      const [top] = await topResults(pagefind, council.data.name, {}, 1);
      expect(top?.url, council.data.name).toBe(paths.council(council.id));
    }
  });

  it('"how much does it cost" and the words readers use for prices find a costs page first', async () => {
    const costsPages = [...catalog.costsByFramework.keys()].map((id) => paths.costs(id));
    expect(costsPages.length).toBeGreaterThan(0);
    for (const query of ['how much does it cost', 'how much', 'cost', 'price', 'fees']) {
      const [top] = await topResults(pagefind, query, {}, 1);
      expect(costsPages, query).toContain(top?.url);
    }
  });

  it("keeps the spaces between a summary list's fields in what it indexes and in snippets", async () => {
    // A standard's page lists its framework as a field: "Framework" then the framework's title.
    const record = catalog.standards.get('east-midlands/2.5')!;
    const title = catalog.frameworks.get(record.frameworkId)!.data.title;
    const [top] = await topResults(pagefind, `${record.standard.title} ${title}`, { filters: { type: 'Standard' } }, 1);
    expect(top?.url).toBe(paths.standard('east-midlands', '2.5'));
    expect(top!.content).toContain(`Framework: ${title}`);
    // No label runs into its value anywhere in the index ("FrameworkEast Midlands").
    const { results } = await pagefind.search(null);
    for (const data of await Promise.all(results.map((r) => r.data()))) {
      expect(data.content, data.url).not.toMatch(/\b(?:Framework|Theme|Type|Region|Run by|Applies to)(?=[A-Z0-9])/);
    }
  });

  it("finds a council's accreditation on its charter's register", async () => {
    const found = await topResults(pagefind, 'Harrow', {}, 10);
    expect(found.map((r) => r.url)).toContain(paths.registerOfCharter('south-east'));
  });
});
