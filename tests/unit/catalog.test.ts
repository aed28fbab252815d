import { describe, expect, it } from 'vitest';
import { buildCatalog, compareNumbers, standardsOf } from '../../src/lib/catalog/catalog';
import { CatalogError, checkedCatalog } from '../../src/lib/content/references';
import type { EntriesByCollection } from '../../src/lib/catalog/types';
import { frozenContent } from '../helpers/content';

const copy = (): EntriesByCollection => structuredClone(frozenContent().entries);

function problemsOf(entries: EntriesByCollection) {
  try {
    checkedCatalog(entries);
  } catch (error) {
    if (error instanceof CatalogError) return error.problems.map((p) => `${p.file} ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('catalog', () => {
  it('indexes every standard by its stable id', () => {
    const catalog = buildCatalog(copy());
    expect(catalog.standards.get('east-midlands/2.9')?.standard.title).toBe(
      'Structured Induction process for all members.',
    );
    expect(catalog.standards.get('east-midlands/2.9')?.theme.number).toBe(2);
    expect(
      standardsOf(catalog, 'east-midlands')
        .map((s) => s.standard.number)
        .slice(13, 16),
    ).toEqual(['2.9', '2.10', '2.11']);
  });

  it('knows which plans and strategies belong to each framework, as the content says', () => {
    const catalog = buildCatalog(copy());
    const ids = (map: Map<string, { id: string }[]>) =>
      Object.fromEntries([...map].map(([k, list]) => [k, list.map((e) => e.id)]));
    // harrow-2008.yaml: framework: south-east; derbyshire-2020-21.yaml: charters: [east-midlands].
    expect(ids(catalog.actionPlansByFramework)).toEqual({ 'south-east': ['harrow-2008'] });
    expect(ids(catalog.strategiesByFramework)).toEqual({ 'east-midlands': ['derbyshire-2020-21'] });
    // Each framework's owner.organisation, and each organisation's regions.
    expect(ids(catalog.frameworksByOwner)).toEqual({
      'east-midlands-councils': ['east-midlands'],
      'local-government-association': ['lga'],
      'south-east-employers': ['south-east'],
      'west-midlands-employers': ['west-midlands'],
    });
    expect(ids(catalog.organisationsByRegion)).toEqual({
      'east-midlands': ['east-midlands-councils'],
      england: ['improvement-and-development-agency', 'local-government-association'],
      'north-west': ['north-west-employers'],
      'south-east': ['south-east-employers'],
      london: ['south-east-employers'],
      'west-midlands': ['west-midlands-employers'],
    });
  });

  it('lists a strategy under every framework it commits to, once each', () => {
    const entries = copy();
    const strategy = entries.strategies[0]!;
    strategy.data.charters.push({ ...strategy.data.charters[0]!, framework: { collection: 'frameworks', id: 'lga' } });
    strategy.data.charters.push({ ...strategy.data.charters[0]! });
    const catalog = buildCatalog(entries);
    expect(catalog.strategiesByFramework.get('east-midlands')?.map((s) => s.id)).toEqual([strategy.id]);
    expect(catalog.strategiesByFramework.get('lga')?.map((s) => s.id)).toEqual([strategy.id]);
    expect(catalog.strategiesByFramework.get('south-east')).toBeUndefined();
  });

  it('orders numbers numerically, 2.9 before 2.10', () => {
    expect(['2.10', '2.9', '10.1', '2.1'].sort(compareNumbers)).toEqual(['2.1', '2.9', '2.10', '10.1']);
    expect(['Criterion 10', 'B', 'Criterion 2', 'a', '1'].sort(compareNumbers)).toEqual([
      '1',
      'a',
      'B',
      'Criterion 2',
      'Criterion 10',
    ]);
  });

  it('keeps standards in the order of the file, whatever their numbers', () => {
    const entries = copy();
    const theme = entries.frameworks.find((f) => f.id === 'east-midlands')!.data.themes[0]!;
    // Lettered B, A and unnumbered, in that order; slugs kept so the topic mappings still find them.
    theme.standards = [
      { ...theme.standards[1]!, number: 'B', slug: '1.2' },
      { ...theme.standards[0]!, number: 'A', slug: '1.1' },
      { ...theme.standards[2]!, number: undefined, slug: '1.3' },
      ...theme.standards.slice(3),
    ];
    const catalog = buildCatalog(entries);
    expect(
      standardsOf(catalog, 'east-midlands')
        .slice(0, 3)
        .map((r) => [r.standard.number, r.position]),
    ).toEqual([
      ['B', 0],
      ['A', 1],
      [undefined, 2],
    ]);
  });

  it('reports an action-plan row whose standard is not in its framework', () => {
    const entries = copy();
    entries.actionPlans[0]!.data.items[2]!.standard = '1.9';
    expect(problemsOf(entries)).toEqual([
      'src/content/action-plans/harrow-2008.yaml items[2].standard: "1.9" is not a standard of the framework "south-east" this plan follows; expected one of its standards\' slugs: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 5.3',
    ]);
  });

  it('reports references to things that do not exist, each with the known choices', () => {
    const entries = copy();
    entries.councils.find((c) => c.id === 'harrow')!.data.region.id = 'atlantis';
    entries.costs[0]!.data.framework.id = 'west-midland';
    const found = problemsOf(entries);
    expect(found).toContain(
      'src/content/councils/harrow.yaml region: "atlantis" is not a known region; expected one of: east-midlands, england, london, north-west, south-east, west-midlands',
    );
    expect(
      found.some((p) =>
        p.startsWith('src/content/costs/west-midlands.yaml framework: "west-midland" is not a known framework'),
      ),
    ).toBe(true);
  });

  it('reports a standard number that appears twice in a framework', () => {
    const entries = copy();
    const em = entries.frameworks.find((f) => f.id === 'east-midlands')!;
    em.data.themes[1]!.standards[9]!.number = '2.9';
    expect(problemsOf(entries)).toEqual([
      expect.stringMatching(
        /^src\/content\/frameworks\/east-midlands\.mdx themes\[1\]\.standards\[9\]\.number: standard "2\.9 .+" has the slug "2\.9" \(made from its number "2\.9"\), already the slug of themes\[1\]\.standards\[8\] "2\.9 .+"; each standard needs its own slug \(give one of them slug: …\)$/,
      ),
      // 2.10 is gone, so its topic mapping now points at nothing.
      expect.stringMatching(
        /^src\/content\/mappings\/east-midlands\.yaml mappings\[\d+\]\.standard: "2\.10" is not a standard of the framework "east-midlands"; expected one of its standards' slugs: 1\.1, .*, 2\.9, 2\.11, .*$/,
      ),
    ]);
  });

  it('reports a price list for a level the framework does not have', () => {
    const entries = copy();
    entries.costs[0]!.data.priceLists[0]!.level = 'level-3';
    expect(problemsOf(entries)).toEqual([
      'src/content/costs/west-midlands.yaml priceLists[0].level: "level-3" is not a level of west-midlands (level-1, level-2)',
    ]);
  });
});
