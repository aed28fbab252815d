/** The crosswalk's derivation: relationships, inverses, composition through the hub, gaps, stages, costs. */
import { describe, expect, it } from 'vitest';
import { buildCatalog, standardsOf } from '../../src/lib/catalog/catalog';
import {
  RELATIONSHIPS,
  comparePair,
  compose,
  crosswalkOf,
  inverse,
  matrix,
  sameTopicElsewhere,
  topicInCouncils,
} from '../../src/lib/crosswalk/crosswalk';
import { costComparison } from '../../src/lib/costs/comparison';
import { stageAlignment } from '../../src/lib/crosswalk/stages';
import { priceListTotals } from '../../src/lib/costs/totals';
import type { EntriesByCollection, Relationship } from '../../src/lib/catalog/types';
import { frozenCatalog, frozenContent } from '../helpers/content';

const copy = (): EntriesByCollection => structuredClone(frozenContent().entries);

/**
 * Two small frameworks, "alpha" and "beta", built from the real East Midlands entry, with one standard
 * per relationship so each can be checked on its own. Topics t-equal … t-gap.
 */
function twoFrameworks(alpha: Relationship[], beta: Relationship[]) {
  const entries = copy();
  const em = entries.frameworks.find((f) => f.id === 'east-midlands')!;
  const make = (id: string, count: number) => ({
    id,
    filePath: `src/content/frameworks/${id}.mdx`,
    data: {
      ...structuredClone(em.data),
      shortTitle: id,
      themes: [
        {
          number: 1,
          title: 'Only theme',
          standards: Array.from({ length: count }, (_, i) => ({
            number: `1.${i + 1}`,
            title: `${id} standard ${i + 1}`,
          })),
        },
      ],
    },
  });
  entries.frameworks = [...entries.frameworks, make('alpha', alpha.length), make('beta', beta.length)];
  const topicIds = ['t-shared', 't-only-alpha', 't-gap-in-beta', 't-unassessed'];
  entries.topics = [
    ...entries.topics,
    ...topicIds.map((id) => ({ id, data: { name: id, description: `Topic ${id}` } })),
  ];
  const ref = <C extends 'frameworks' | 'topics'>(collection: C, id: string) => ({ id, collection });
  entries.mappings = [
    ...entries.mappings,
    {
      id: 'alpha',
      data: {
        framework: ref('frameworks', 'alpha'),
        mappings: alpha.map((relationship, i) => ({
          standard: `1.${i + 1}`,
          topics: [{ topic: ref('topics', i === 0 ? 't-only-alpha' : 't-shared'), relationship, rationale: undefined }],
        })),
        notCovered: [],
      },
    },
    {
      id: 'beta',
      data: {
        framework: ref('frameworks', 'beta'),
        mappings: beta.map((relationship, i) => ({
          standard: `1.${i + 1}`,
          topics: [{ topic: ref('topics', 't-shared'), relationship, rationale: undefined }],
        })),
        notCovered: [ref('topics', 't-only-alpha'), ref('topics', 't-gap-in-beta')],
      },
    },
  ] as EntriesByCollection['mappings'];
  return buildCatalog(entries);
}

describe('relationships and their inverses', () => {
  it('swaps subset-of and superset-of; equal and intersects-with are their own inverse', () => {
    expect(inverse('subset-of')).toBe('superset-of');
    expect(inverse('superset-of')).toBe('subset-of');
    expect(inverse('equal')).toBe('equal');
    expect(inverse('intersects-with')).toBe('intersects-with');
    for (const r of RELATIONSHIPS) expect(inverse(inverse(r))).toBe(r);
  });

  // Each line: how A relates to topic T, how B relates to T, so how A relates to B.
  const table: [Relationship, Relationship, string][] = [
    ['equal', 'equal', 'equal'], // A = T = B
    ['equal', 'subset-of', 'superset-of'], // A = T ⊃ B
    ['equal', 'superset-of', 'subset-of'], // A = T ⊂ B
    ['equal', 'intersects-with', 'intersects-with'],
    ['subset-of', 'equal', 'subset-of'], // A ⊂ T = B
    ['subset-of', 'subset-of', 'same-topic'], // two parts of T may not overlap
    ['subset-of', 'superset-of', 'subset-of'], // A ⊂ T ⊂ B
    ['subset-of', 'intersects-with', 'same-topic'],
    ['superset-of', 'equal', 'superset-of'],
    ['superset-of', 'subset-of', 'superset-of'], // A ⊃ T ⊃ B
    ['superset-of', 'superset-of', 'intersects-with'], // both contain T
    ['superset-of', 'intersects-with', 'intersects-with'], // B's part of T is inside A
    ['intersects-with', 'equal', 'intersects-with'],
    ['intersects-with', 'subset-of', 'same-topic'],
    ['intersects-with', 'superset-of', 'intersects-with'], // A's part of T is inside B
    ['intersects-with', 'intersects-with', 'same-topic'],
  ];
  it.each(table)('A %s T and B %s T: A is %s B', (a, b, expected) => {
    expect(compose(a, b)).toBe(expected);
  });

  it('composition seen from the other side is the inverse, for every pair of relationships', () => {
    for (const a of RELATIONSHIPS) for (const b of RELATIONSHIPS) expect(compose(b, a)).toBe(inverse(compose(a, b)));
  });
});

describe('coverage through the hub', () => {
  it('tells a covered topic, an explicit gap, an unassessed topic and a framework without standards apart', () => {
    const catalog = twoFrameworks(['equal', 'subset-of'], ['superset-of']);
    const cw = crosswalkOf(catalog);
    expect(cw.coverage('alpha', 't-shared')).toMatchObject({
      status: 'covered',
      links: [{ relationship: 'subset-of' }],
    });
    expect(cw.coverage('beta', 't-gap-in-beta')).toEqual({ status: 'not-covered' });
    expect(cw.coverage('alpha', 't-gap-in-beta')).toEqual({ status: 'not-assessed' });
    expect(cw.coverage('lga', 't-shared')).toEqual({ status: 'no-standards' });
  });

  it("derives each pair relation by composing both standards' relationships, and the reverse pair gives the inverses", () => {
    for (const a of RELATIONSHIPS) {
      for (const b of RELATIONSHIPS) {
        const cw = crosswalkOf(twoFrameworks(['equal', a], [b]));
        const row = comparePair(cw, 'alpha', 'beta').rows.find((r) => r.topic.id === 't-shared')!;
        expect(row.relations.map((r) => [r.from.id, r.to.id, r.relation])).toEqual([
          ['alpha/1.2', 'beta/1.1', compose(a, b)],
        ]);
        const reverse = comparePair(cw, 'beta', 'alpha').rows.find((r) => r.topic.id === 't-shared')!;
        expect(reverse.relations.map((r) => r.relation)).toEqual([inverse(compose(a, b))]);
      }
    }
  });

  it('lists what each framework has that the other lacks, saying whether it is a gap or not assessed', () => {
    const cw = crosswalkOf(twoFrameworks(['equal', 'equal'], ['equal']));
    const pair = comparePair(cw, 'alpha', 'beta');
    expect(pair.onlyFirst.map((r) => [r.topic.id, r.second.status])).toEqual([['t-only-alpha', 'not-covered']]);
    expect(pair.onlySecond).toEqual([]);
    const withLga = comparePair(cw, 'alpha', 'lga');
    expect(withLga.onlyFirst.map((r) => r.second.status)).toEqual(['no-standards', 'no-standards']);
  });
});

describe('the real content', () => {
  const catalog = frozenCatalog();
  const cw = crosswalkOf(catalog);

  it('has a matrix cell for every topic and framework, and every mapped standard appears in it', () => {
    const rows = matrix(cw);
    expect(rows).toHaveLength(catalog.topics.size);
    const shown = new Set(
      rows.flatMap((r) => r.cells.flatMap((c) => (c.status === 'covered' ? c.links.map((l) => l.standard.id) : []))),
    );
    for (const fw of cw.frameworks)
      for (const s of standardsOf(catalog, fw.id)) expect(shown.has(s.id), s.id).toBe(true);
  });

  it("marks the South East's explicit gaps as gaps, taken from its mapping file", () => {
    const gaps = catalog.mappingsByFramework.get('south-east')!.data.notCovered.map((t) => t.id);
    expect(gaps.length).toBeGreaterThan(0);
    for (const id of gaps) expect(cw.coverage('south-east', id).status).toBe('not-covered');
  });

  it('shows the same topic in other regions for a standard', () => {
    const induction = sameTopicElsewhere(cw, catalog.standards.get('east-midlands/2.9')!);
    const se = induction[0]!.others.find((o) => o.framework.id === 'south-east')!;
    const expected = cw.coverage('south-east', induction[0]!.link.topic.id);
    expect(se.relations.map((r) => r.other.standard.id)).toEqual(
      expected.status === 'covered' ? expected.links.map((l) => l.standard.id) : [],
    );
  });

  it('finds the action-plan rows and strategy sections that address a topic through its standards', () => {
    const topicOf2_9 = cw.topicsOf('east-midlands/2.9')[0]!.topic.id;
    const found = topicInCouncils(catalog, cw, topicOf2_9);
    const seCoverage = cw.coverage('south-east', topicOf2_9);
    const seNumbers = seCoverage.status === 'covered' ? seCoverage.links.map((l) => l.standard.standard.number) : [];
    const harrow = catalog.entries.actionPlans.find((p) => p.id === 'harrow-2008')!;
    expect(found.planRows.map((r) => r.item.standard)).toEqual(
      harrow.data.items.filter((i) => seNumbers.includes(i.standard)).map((i) => i.standard),
    );
    const derbyshire = catalog.entries.strategies[0]!.data;
    const naming = derbyshire.sections
      .flatMap((s) => [s, ...s.subsections])
      .filter((s) => s.standards.includes('east-midlands/2.9'))
      .map((s) => s.title);
    expect(naming.length).toBeGreaterThan(0);
    expect(found.strategySections.map((s) => s.title)).toEqual(naming);
  });

  it("aligns stages by common step, keeping each framework's own order", () => {
    const em = catalog.frameworks.get('east-midlands')!;
    const wm = catalog.frameworks.get('west-midlands')!;
    const alignment = stageAlignment([em, wm]);
    for (const [i, fw] of [em, wm].entries()) {
      expect(alignment.rows.flatMap((r) => r.stages[i]!.map((s) => s.title)).sort()).toEqual(
        fw.data.stages.map((s) => s.title).sort(),
      );
    }
    const actionPlan = alignment.rows.find((r) => r.step === 'action-plan')!;
    expect(actionPlan.stages[1]).toEqual([]);
    expect(alignment.rows.map((r) => r.step)).toEqual([
      'sign-up',
      'action-plan',
      'evidence',
      'assessment',
      'award',
      'reassessment',
    ]);
  });

  it('normalises every price list by level and pathway, adding recurring fees and flagging inconsistent totals', () => {
    const rows = costComparison(catalog).flatMap((f) => f.rows);
    const lists = [...catalog.costsByFramework.values()].flatMap((c) => c.data.priceLists);
    expect(rows).toHaveLength(lists.length);
    for (const row of rows) {
      const fees = catalog.costsByFramework.get(row.framework.id)!.data.recurringFees.reduce((s, f) => s + f.amount, 0);
      // The real content states no VAT or membership terms, so every fee applies and every sum adds up.
      expect(row.recurringPerYear).toMatchObject({ kind: 'total', amount: fees });
      expect(row.firstYear).toMatchObject({ kind: 'total', amount: priceListTotals(row.list).computed + fees });
      expect(row.inconsistency !== undefined).toBe(priceListTotals(row.list).mismatch);
      expect(row.pathway).toBe(row.list.pathway ?? 'not-stated');
    }
  });
});
