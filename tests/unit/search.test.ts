/** The search records pages hand to the index: titles, filters and sort keys, from the catalog. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import {
  actionPlanSearch,
  costsSearch,
  frameworkSearch,
  searchRecord,
  standardSearch,
  strategySearch,
} from '../../src/lib/search/records';
import { isEmptyRequest, paramsFromRequest, requestFromParams, STANDARD_NUMBER } from '../../src/lib/search/query';
import { separateBlocks } from '../../src/lib/search/indexed-html';
import { CONTENT_TYPES } from '../../src/lib/search/vocabulary';
import { frozenCatalog, frozenContent } from '../helpers/content';

const catalog = frozenCatalog();
const regionName = (id: string) => catalog.regions.get(id)!.data.name;

describe('search records', () => {
  it('titles a standard "Region · number title" and files it under its framework and region', () => {
    const { standard } = catalog.standards.get('east-midlands/2.9')!;
    const record = standardSearch(catalog, 'east-midlands', '2.9')!;
    expect(record.title).toBe(`${regionName('east-midlands')} · 2.9 ${standard.title}`);
    expect(record.filters.region).toEqual([regionName('east-midlands')]);
    expect(record.filters.framework).toEqual([catalog.frameworks.get('east-midlands')!.data.shortTitle]);
    expect(record.filters.type).toEqual([CONTENT_TYPES.standard]);
    expect(record.standardNumber).toBe('2.9');
    expect(record.sort.standard).toBe('0002.0009');
  });

  it('names every region of a framework that covers several', () => {
    const fw = catalog.frameworks.get('south-east')!.data;
    expect(fw.regions.length).toBeGreaterThan(1);
    const record = frameworkSearch(catalog, 'south-east');
    const names = fw.regions.map((r) => regionName(r.id));
    expect(record.filters.region).toEqual(names);
    expect(record.title.startsWith(`${names.join(' and ')} · ${fw.title}`)).toBe(true);
  });

  it('says in the result title that an edition is superseded, and only then', () => {
    for (const [id, entry] of catalog.frameworks) {
      expect(frameworkSearch(catalog, id).title.endsWith(' (superseded edition)'), id).toBe(
        entry.data.status === 'superseded',
      );
    }
  });

  it('puts a standard under its own level, or under every level when it has none', () => {
    // No real framework has both levels and standards, so a copy of the East Midlands content (23
    // standards, no levels) is given two levels, and its standard 2.9 is tied to the second.
    const entries = structuredClone(frozenContent().entries);
    const fw = entries.frameworks.find((f) => f.id === 'east-midlands')!.data;
    fw.levels = [
      { id: 'core', name: 'Core' },
      { id: 'plus', name: 'Plus' },
    ];
    const standards = fw.themes.flatMap((t) => t.standards);
    standards.find((st) => st.number === '2.9')!.level = 'plus';
    const withLevels = buildCatalog(entries);
    expect(standards.length).toBeGreaterThan(1);
    for (const st of standards) {
      expect(standardSearch(withLevels, 'east-midlands', st.number!)!.filters.level, st.number).toEqual(
        st.number === '2.9' ? ['Plus'] : ['Core', 'Plus'],
      );
    }
    expect(standardSearch(catalog, 'east-midlands', '2.9')!.filters.level).toEqual([]);
  });

  it("leaves the standards of an edition a later one replaces out of search, but not the edition's own page", () => {
    const entries = structuredClone(frozenContent().entries);
    const old = entries.frameworks.find((f) => f.id === 'east-midlands')!;
    old.data.status = 'superseded';
    const next = structuredClone(old);
    next.id = 'east-midlands-next';
    next.data.status = 'current';
    next.data.supersedes = { collection: 'frameworks', id: 'east-midlands' };
    entries.frameworks.push(next);
    const mapping = structuredClone(entries.mappings.find((m) => m.data.framework.id === 'east-midlands')!);
    mapping.id = 'east-midlands-next';
    mapping.data.framework = { collection: 'frameworks', id: 'east-midlands-next' };
    entries.mappings.push(mapping);
    const withOldEdition = buildCatalog(entries);
    expect(standardSearch(withOldEdition, 'east-midlands-next', '2.9')).toBeDefined();
    const standards = [...withOldEdition.standards.values()].filter((r) => r.frameworkId === 'east-midlands');
    expect(standards.length).toBeGreaterThan(1);
    for (const r of standards) expect(standardSearch(withOldEdition, 'east-midlands', r.slug), r.slug).toBeUndefined();
    expect(frameworkSearch(withOldEdition, 'east-midlands').title).toContain(
      withOldEdition.frameworks.get('east-midlands')!.data.title,
    );
    // South East is marked superseded, but no later edition is in the site: its standards stay.
    expect(catalog.frameworks.get('south-east')!.data.status).toBe('superseded');
    const southEast = [...catalog.standards.values()].find((r) => r.frameworkId === 'south-east')!;
    expect(standardSearch(catalog, 'south-east', southEast.slug)).toBeDefined();
  });

  it('puts a costs page under the levels its price lists cover', () => {
    const costs = catalog.costsByFramework.get('west-midlands')!.data;
    const fw = catalog.frameworks.get('west-midlands')!.data;
    const levels = new Set(costs.priceLists.map((l) => l.level));
    expect(costsSearch(catalog, 'west-midlands').filters.level).toEqual(
      fw.levels.filter((l) => levels.has(l.id)).map((l) => l.name),
    );
  });

  it("files council documents under the council's region and the charters they work towards", () => {
    for (const entry of catalog.entries.strategies) {
      const council = catalog.councils.get(entry.data.council.id)!.data;
      const record = strategySearch(catalog, entry);
      expect(record.filters.region).toEqual([regionName(council.region.id)]);
      expect(record.filters.framework).toEqual(
        entry.data.charters.map((c) => catalog.frameworks.get(c.framework.id)!.data.shortTitle),
      );
      expect(record.title).toBe(`${regionName(council.region.id)} · ${council.name}: ${entry.data.title}`);
    }
    for (const entry of catalog.entries.actionPlans) {
      const council = catalog.councils.get(entry.data.council.id)!.data;
      const record = actionPlanSearch(catalog, entry);
      expect(record.type).toBe('actionPlan');
      expect(record.filters.region).toEqual([regionName(council.region.id)]);
      expect(record.filters.framework).toEqual([catalog.frameworks.get(entry.data.framework.id)!.data.shortTitle]);
    }
  });

  it('lets a new kind of page (a topic) opt in with the same helper', () => {
    const record = searchRecord(catalog, {
      type: 'topic',
      title: 'Induction',
      regionIds: ['east-midlands', 'west-midlands'],
      topics: ['Induction'],
    });
    expect(record.title).toBe(`${regionName('east-midlands')} and ${regionName('west-midlands')} · Induction`);
    expect(record.filters.type).toEqual([CONTENT_TYPES.topic]);
    expect(record.filters.topic).toEqual(['Induction']);
    expect(searchRecord(catalog, { type: 'comparison', title: 'All charters', regionIds: [] }).title).toBe(
      'All charters',
    );
  });

  it('sort keys order standard numbers as numbers', () => {
    // Dotted numbers ("2.10") in the order of their parts as numbers, worked out here rather than by the sort key.
    const dotted = [...catalog.standards.values()].filter((r) => /^\d+(\.\d+)*$/.test(r.standard.number ?? ''));
    const parts = (r: (typeof dotted)[number]) => r.standard.number!.split('.').map(Number);
    const byParts = (a: (typeof dotted)[number], b: (typeof dotted)[number]) => {
      const [pa, pb] = [parts(a), parts(b)];
      for (let i = 0; i < Math.max(pa.length, pb.length); i++)
        if ((pa[i] ?? -1) !== (pb[i] ?? -1)) return (pa[i] ?? -1) - (pb[i] ?? -1);
      return 0;
    };
    const key = (r: (typeof dotted)[number]) => standardSearch(catalog, r.frameworkId, r.slug)!.sort.standard!;
    const byKey = [...dotted].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(dotted.length).toBeGreaterThan(20);
    expect(byKey.map((r) => r.standard.number)).toEqual([...dotted].sort(byParts).map((r) => r.standard.number));
  });
});

describe('the HTML given to the indexer', () => {
  it('ends a summary-list term with a colon and every other block with a space, and changes nothing else', () => {
    expect(
      separateBlocks(
        '<dl><div><dt>Framework</dt><dd><a href="/x/">East Midlands</a></dd></div><div><dt>Type?</dt><dd>Unitary</dd></div></dl>',
      ),
    ).toBe(
      '<dl><div><dt>Framework</dt>: <dd><a href="/x/">East Midlands</a></dd> </div><div><dt>Type?</dt> <dd>Unitary</dd> </div></dl> ',
    );
    expect(separateBlocks('<table><caption>Fees</caption><tr><th>Fee</th><th>Amount</th></tr></table>')).toBe(
      '<table><caption>Fees</caption> <tr><th>Fee</th> <th>Amount</th> </tr> </table> ',
    );
    const inline = '<p>A <a href="/">link</a>, <strong>bold</strong> and <span>2.9</span>.</p>';
    expect(separateBlocks(inline)).toBe(inline);
  });
});

describe('search requests', () => {
  it('round-trip through the page address, ignoring unknown filters and orders', () => {
    const request = {
      term: 'induction',
      filters: { region: 'East Midlands', type: 'Standard' },
      sort: 'standard' as const,
    };
    expect(requestFromParams(paramsFromRequest(request))).toEqual(request);
    expect(requestFromParams(new URLSearchParams('q=x&colour=red&sort=sideways'))).toEqual({
      term: 'x',
      filters: {},
      sort: '',
    });
  });

  it('are empty only with no words and no filter', () => {
    expect(isEmptyRequest({ term: '  ', filters: {}, sort: 'title' })).toBe(true);
    expect(isEmptyRequest({ term: '', filters: { region: 'London' }, sort: '' })).toBe(false);
  });

  it('recognise every standard number in the content as one', () => {
    for (const number of [...catalog.standards.values()].flatMap((r) => r.standard.number ?? []))
      expect(STANDARD_NUMBER.test(number), number).toBe(true);
    expect(STANDARD_NUMBER.test('induction 2.9')).toBe(false);
  });
});
