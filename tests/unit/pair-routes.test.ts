/** Which pair comparisons are pages and which addresses redirect: current charters, neighbouring editions, old addresses kept. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import { pairNames, pairRoutes } from '../../src/lib/crosswalk/pair-routes';
import { canonicalPair } from '../../src/lib/common/urls';
import type { EntriesByCollection, SourceDate } from '../../src/lib/catalog/types';
import { frozenCatalog, frozenContent } from '../helpers/content';

type Published = SourceDate | undefined;

/**
 * The real content plus a charter "north" with three editions and a charter "south" with two, each a
 * copy of the East Midlands framework with its own id, edition dates as given.
 */
function withEditions(published: Record<string, Published>) {
  const entries: EntriesByCollection = structuredClone(frozenContent().entries);
  const em = entries.frameworks.find((f) => f.id === 'east-midlands')!;
  const edition = (id: string, charter: string, supersedes: string | undefined, status: 'current' | 'superseded') => ({
    id,
    filePath: `src/content/frameworks/${id}.mdx`,
    data: {
      ...structuredClone(em.data),
      shortTitle: charter,
      charter,
      status,
      supersedes: supersedes ? { id: supersedes, collection: 'frameworks' as const } : undefined,
      edition: { label: id, published: published[id] },
    },
  });
  entries.frameworks.push(
    edition('north-1', 'north', undefined, 'superseded'),
    edition('north-2', 'north', 'north-1', 'superseded'),
    edition('north-3', 'north', 'north-2', 'current'),
    edition('south-1', 'south', undefined, 'superseded'),
    edition('south-2', 'south', 'south-1', 'current'),
  );
  const emMapping = entries.mappings.find((m) => m.data.framework.id === 'east-midlands')!;
  for (const id of ['north-1', 'north-2', 'north-3', 'south-1', 'south-2']) {
    entries.mappings.push({
      ...structuredClone(emMapping),
      id,
      data: { ...structuredClone(emMapping.data), framework: { id, collection: 'frameworks' as const } },
    });
  }
  return buildCatalog(entries);
}

const ids = (pairs: { id: string }[][]) => pairs.map(([a, b]) => `${a!.id}/${b!.id}`);
const realIds = [...frozenCatalog().frameworks.keys()];

describe('pair pages', () => {
  it('with one edition per charter, every pair of frameworks once, in canonical order', () => {
    const routes = pairRoutes(frozenCatalog());
    const n = realIds.length;
    expect(n).toBeGreaterThan(2);
    expect(routes.pages).toHaveLength((n * (n - 1)) / 2);
    for (const [a, b] of routes.pages) expect(canonicalPair(b.id, a.id)).toEqual([a.id, b.id]);
    expect(new Set(ids(routes.pages)).size).toBe(routes.pages.length);
  });

  it('the reverse order of each page redirects to it, and nothing else redirects when every edition is current', () => {
    const routes = pairRoutes(frozenCatalog());
    expect(routes.redirects).toEqual(routes.pages.map(([a, b]) => ({ from: [b.id, a.id], to: [a.id, b.id] })));
  });

  it('superseded editions get pages only with the editions next to them in their own charter', () => {
    const routes = pairRoutes(withEditions({}));
    const pages = ids(routes.pages);
    expect(pages).toEqual(
      expect.arrayContaining([
        'north-1/north-2',
        'north-2/north-3',
        'south-1/south-2',
        'north-3/south-2',
        'east-midlands/north-3',
      ]),
    );
    for (const old of ['north-1', 'north-2', 'south-1']) {
      const others = routes.pages
        .filter(([a, b]) => a.id === old || b.id === old)
        .map(([a, b]) => (a.id === old ? b.id : a.id));
      expect(
        others.every((id) => id.split('-')[0] === old.split('-')[0]),
        `${old} is paired with ${others.join(', ')}`,
      ).toBe(true);
    }
    // current charters: the real ones plus north-3 and south-2, each pair once; plus 3 neighbouring-edition pairs
    const currents = realIds.length + 2;
    expect(routes.pages).toHaveLength((currents * (currents - 1)) / 2 + 3);
  });

  it('names both editions when a page compares two editions of one charter', () => {
    const catalog = withEditions({});
    expect(pairNames(catalog.frameworks.get('north-1')!, catalog.frameworks.get('north-2')!)).toEqual([
      'north (north-1)',
      'north (north-2)',
    ]);
    expect(pairNames(catalog.frameworks.get('north-3')!, catalog.frameworks.get('south-2')!)).toEqual([
      'north',
      'south',
    ]);
  });

  it('tells two editions apart by their date as published, or not at all, never by file id', () => {
    const catalog = withEditions({ 'north-2': { asPublished: 'Spring 2019' } });
    const [first, second] = [catalog.frameworks.get('north-1')!, catalog.frameworks.get('north-2')!];
    first.data.edition = {};
    second.data.edition = { published: { asPublished: 'Spring 2019' } };
    expect(pairNames(first, second)).toEqual(['north', 'north (Spring 2019)']);
  });
});

describe('old pair addresses', () => {
  it('without edition dates, every old pair of two charters redirects to the pair of their current editions', () => {
    const routes = pairRoutes(withEditions({}));
    const to = new Map(routes.redirects.map((r) => [r.from.join('/'), r.to.join('/')]));
    expect(to.get('north-1/south-1')).toBe('north-3/south-2');
    expect(to.get('south-1/north-1')).toBe('north-3/south-2');
    expect(to.get('east-midlands/north-2')).toBe('east-midlands/north-3');
    for (const { to } of routes.redirects) expect(ids(routes.pages)).toContain(to.join('/'));
  });

  it('keeps only the addresses of editions that were in force at the same time', () => {
    const routes = pairRoutes(
      withEditions({
        'north-1': { asPublished: '2010', month: '2010-01' },
        'north-2': { asPublished: 'March 2015', month: '2015-03' },
        'north-3': { asPublished: '1 June 2020', date: '2020-06-01' },
        'south-1': { asPublished: 'April 2016', month: '2016-04' },
        'south-2': { asPublished: '2 January 2019', date: '2019-01-02' },
      }),
    );
    const from = new Set(routes.redirects.map((r) => r.from.join('/')));
    // south-1 (2016-04 to 2019-01) overlapped north-2 (2015-03 to 2020-06), never north-1 (to 2015-03) or north-3
    expect(from.has('north-2/south-1')).toBe(true);
    expect(from.has('north-1/south-1')).toBe(false);
    expect(from.has('north-3/south-1')).toBe(false);
    // south-2 (from 2019-01) overlapped north-2 (to 2020-06)
    expect(from.has('north-2/south-2')).toBe(true);
    expect(from.has('north-1/south-2')).toBe(false);
    // the real charters state no dates: they overlap every edition
    expect(from.has('east-midlands/north-1')).toBe(true);
  });
});
