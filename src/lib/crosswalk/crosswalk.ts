/**
 * The crosswalk: every framework compared with every other through the shared topics (the hub).
 *
 * Each standard is mapped to topics with a set-theory relationship (NIST IR 8477), read as
 * "the standard is … the topic". Two standards on the same topic are related by composing one
 * standard's relationship with the inverse of the other's. A topic a framework lists as not covered
 * is a gap; a topic it neither maps nor lists is "not assessed", never assumed to be a gap.
 *
 * Pages and downloads all derive from this module, so they cannot disagree.
 */
import { standardId, standardsOf, type Catalog, type StandardRecord } from '../catalog/catalog';
import { frameworksInOrder } from '../catalog/listings';
import type { ActionItem, ActionPlan, Entry, Framework, Relationship, Strategy, Topic } from '../catalog/types';
import { RELATIONSHIPS } from '../../schemas/mapping';
import { stageAlignment, type StageAlignment } from './stages';

export { RELATIONSHIPS };

/** What two standards on one topic have in common when the hub cannot say more. */
export type Relation = Relationship | 'same-topic';

/** The relationship seen from the other side: A ⊂ B ⇔ B ⊃ A; equal and intersects are symmetric. */
export function inverse<R extends Relation>(relation: R): R {
  const inverses: Record<Relation, Relation> = {
    equal: 'equal',
    'subset-of': 'superset-of',
    'superset-of': 'subset-of',
    'intersects-with': 'intersects-with',
    'same-topic': 'same-topic',
  };
  return inverses[relation] as R;
}

/**
 * How standard A relates to standard B, given how each relates to the same topic T.
 * Set reasoning: A ⊂ T ⊂ B gives A ⊂ B; A ⊃ T and B ⊃ T share all of T, so they intersect; but two
 * parts of T (A ⊂ T, B ⊂ T) may or may not overlap, so the hub only says they are on the same topic.
 */
export function compose(aToTopic: Relationship, bToTopic: Relationship): Relation {
  const topicToB = inverse(bToTopic);
  if (aToTopic === 'equal') return topicToB;
  if (topicToB === 'equal') return aToTopic;
  if (aToTopic === topicToB && aToTopic !== 'intersects-with') return aToTopic; // A ⊂ T ⊂ B, A ⊃ T ⊃ B
  // A contains T and B shares some of T (B ⊂ T, B ⊃ T or B ∩ T): A and B share that part.
  if (aToTopic === 'superset-of' || topicToB === 'subset-of') return 'intersects-with';
  return 'same-topic';
}

/** A standard's link to a topic, resolved. */
export interface TopicLinkRecord {
  standard: StandardRecord;
  topic: Entry<Topic>;
  relationship: Relationship;
  rationale: string | undefined;
}

/** Where a framework stands on a topic. */
export type Coverage =
  | { status: 'covered'; links: TopicLinkRecord[] }
  /** The mapping lists the topic as not covered: an explicit gap. */
  | { status: 'not-covered' }
  /** The framework has standards, but its mapping neither maps nor excludes the topic. */
  | { status: 'not-assessed' }
  /** The framework's source does not list its standards, so nothing can be said. */
  | { status: 'no-standards' };

export type CoverageStatus = Coverage['status'];

/**
 * Each relationship in plain words, words first (a symbol may follow them, never replace them, and no
 * page shows a relationship by colour alone): its `name` ("Covers part of"), a standard against its
 * topic (`toTopic`), and one standard against another as "A <between> B" ("A overlaps B").
 */
export const RELATIONSHIP_LABELS: Record<Relation, { symbol: string; name: string; toTopic: string; between: string }> =
  {
    equal: { symbol: '=', name: 'Same as', toTopic: 'Same as the topic', between: 'is the same as' },
    'subset-of': {
      symbol: '⊂',
      name: 'Covers part of',
      toTopic: 'Covers part of the topic',
      between: 'is narrower than',
    },
    'superset-of': {
      symbol: '⊃',
      name: 'Covers more than',
      toTopic: 'Covers more than the topic',
      between: 'is broader than',
    },
    'intersects-with': { symbol: '∩', name: 'Overlaps', toTopic: 'Overlaps the topic', between: 'overlaps' },
    'same-topic': {
      symbol: '~',
      name: 'On the same topic',
      toTopic: 'On the topic (how far is not recorded)',
      between: 'is on the same topic as',
    },
  };

export const COVERAGE_LABELS: Record<Exclude<CoverageStatus, 'covered'>, { symbol: string; words: string }> = {
  'not-covered': { symbol: '✕', words: 'Gap: not covered by this framework' },
  'not-assessed': { symbol: '?', words: 'Not assessed' },
  'no-standards': { symbol: '–', words: 'No standards recorded here' },
};

export interface Crosswalk {
  /** Topics A–Z by name. */
  topics: Entry<Topic>[];
  /** Frameworks in a stable order (by short title). */
  frameworks: Entry<Framework>[];
  coverage(frameworkId: string, topicId: string): Coverage;
  /** A standard's topics, in the order its mapping gives them. */
  topicsOf(standardId: string): TopicLinkRecord[];
}

const cache = new WeakMap<Catalog, Crosswalk>();

/** The crosswalk for a catalog, built once (every page and endpoint shares it). */
export function crosswalkOf(catalog: Catalog): Crosswalk {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const topics = [...catalog.topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
  const frameworks = frameworksInOrder(catalog);
  const byStandard = new Map<string, TopicLinkRecord[]>();
  /** framework id → topic id → links, in standard order. */
  const byFrameworkTopic = new Map<string, Map<string, TopicLinkRecord[]>>();
  for (const fw of frameworks) {
    const perTopic = new Map<string, TopicLinkRecord[]>();
    byFrameworkTopic.set(fw.id, perTopic);
    const mapping = catalog.mappingsByFramework.get(fw.id);
    const mapped = (mapping?.data.mappings ?? []).map((m) => ({
      m,
      standard: catalog.standards.get(standardId(fw.id, m.standard))!,
    }));
    for (const { m, standard } of mapped.sort((a, b) => a.standard.position - b.standard.position)) {
      const links = m.topics.map((link) => ({
        standard,
        topic: catalog.topics.get(link.topic.id)!,
        relationship: link.relationship,
        rationale: link.rationale,
      }));
      byStandard.set(standard.id, links);
      for (const link of links) perTopic.set(link.topic.id, [...(perTopic.get(link.topic.id) ?? []), link]);
    }
  }
  const crosswalk: Crosswalk = {
    topics,
    frameworks,
    coverage(frameworkId, topicId) {
      const fw = catalog.frameworks.get(frameworkId)!;
      if (fw.data.themes.length === 0) return { status: 'no-standards' };
      const links = byFrameworkTopic.get(frameworkId)?.get(topicId);
      if (links?.length) return { status: 'covered', links };
      const gaps = catalog.mappingsByFramework.get(frameworkId)?.data.notCovered ?? [];
      return gaps.some((t) => t.id === topicId) ? { status: 'not-covered' } : { status: 'not-assessed' };
    },
    topicsOf: (id) => byStandard.get(id) ?? [],
  };
  cache.set(catalog, crosswalk);
  return crosswalk;
}

export interface MatrixRow {
  topic: Entry<Topic>;
  /** One per framework, in `crosswalk.frameworks` order. */
  cells: Coverage[];
  /** Some framework lists the topic as a gap. */
  hasGap: boolean;
  /** Frameworks with standards treat the topic differently (covered or not, or with other relationships). */
  differs: boolean;
}

/** What a cell says, reduced to something comparable: its status, or the relationships it uses. */
const cellKey = (c: Coverage) =>
  c.status === 'covered' ? [...new Set(c.links.map((l) => l.relationship))].sort().join('+') : c.status;

/** Topics × frameworks. */
export function matrix(crosswalk: Crosswalk): MatrixRow[] {
  return crosswalk.topics.map((topic) => {
    const cells = crosswalk.frameworks.map((fw) => crosswalk.coverage(fw.id, topic.id));
    const keys = new Set(cells.filter((c) => c.status !== 'no-standards').map(cellKey));
    return { topic, cells, hasGap: cells.some((c) => c.status === 'not-covered'), differs: keys.size > 1 };
  });
}

/** Two standards on one topic and how the first relates to the second. */
export interface StandardRelation {
  from: StandardRecord;
  to: StandardRecord;
  relation: Relation;
}

export interface PairRow {
  topic: Entry<Topic>;
  first: Coverage;
  second: Coverage;
  /** Every standard of the first framework on the topic against every standard of the second. */
  relations: StandardRelation[];
}

export interface PairComparison {
  first: Entry<Framework>;
  second: Entry<Framework>;
  rows: PairRow[];
  /** Topics the first covers and the second does not (gap, not assessed or no standards). */
  onlyFirst: PairRow[];
  onlySecond: PairRow[];
  stages: StageAlignment;
}

const linksOf = (c: Coverage) => (c.status === 'covered' ? c.links : []);

export function comparePair(crosswalk: Crosswalk, firstId: string, secondId: string): PairComparison {
  const first = crosswalk.frameworks.find((f) => f.id === firstId)!;
  const second = crosswalk.frameworks.find((f) => f.id === secondId)!;
  const rows = crosswalk.topics.map((topic): PairRow => {
    const a = crosswalk.coverage(firstId, topic.id);
    const b = crosswalk.coverage(secondId, topic.id);
    const relations = linksOf(a).flatMap((la) =>
      linksOf(b).map((lb) => ({
        from: la.standard,
        to: lb.standard,
        relation: compose(la.relationship, lb.relationship),
      })),
    );
    return { topic, first: a, second: b, relations };
  });
  return {
    first,
    second,
    rows,
    onlyFirst: rows.filter((r) => r.first.status === 'covered' && r.second.status !== 'covered'),
    onlySecond: rows.filter((r) => r.second.status === 'covered' && r.first.status !== 'covered'),
    stages: stageAlignment([first, second]),
  };
}

/** Where a topic is addressed in a council's own documents, through the standards they name. */
export interface TopicInCouncils {
  planRows: { plan: Entry<ActionPlan>; item: ActionItem; standard: StandardRecord }[];
  strategySections: {
    strategy: Entry<Strategy>;
    title: string;
    number: number | undefined;
    standards: StandardRecord[];
  }[];
}

export function topicInCouncils(catalog: Catalog, crosswalk: Crosswalk, topicId: string): TopicInCouncils {
  const standardIds = new Set(
    crosswalk.frameworks.flatMap((fw) => linksOf(crosswalk.coverage(fw.id, topicId)).map((l) => l.standard.id)),
  );
  const planRows = catalog.entries.actionPlans.flatMap((plan) =>
    plan.data.items
      .map((item) => ({
        plan,
        item,
        standard: catalog.standards.get(standardId(plan.data.framework.id, item.standard))!,
      }))
      .filter((row) => standardIds.has(row.standard.id)),
  );
  const strategySections = catalog.entries.strategies.flatMap((strategy) =>
    strategy.data.sections
      .flatMap((section) => [
        { strategy, title: section.title, number: section.number as number | undefined, ids: section.standards },
        ...section.subsections.map((sub) => ({ strategy, title: sub.title, number: undefined, ids: sub.standards })),
      ])
      .filter((part) => part.ids.some((id) => standardIds.has(id)))
      .map(({ strategy: s, title, number, ids }) => ({
        strategy: s,
        title,
        number,
        standards: ids.filter((id) => standardIds.has(id)).map((id) => catalog.standards.get(id)!),
      })),
  );
  return { planRows, strategySections };
}

/** "The same topic in other regions": for one standard, the other frameworks' standards on its topics. */
export function sameTopicElsewhere(crosswalk: Crosswalk, record: StandardRecord) {
  return crosswalk.topicsOf(record.id).map((link) => ({
    link,
    others: crosswalk.frameworks
      .filter((fw) => fw.id !== record.frameworkId)
      .map((fw) => {
        const coverage = crosswalk.coverage(fw.id, link.topic.id);
        return {
          framework: fw,
          coverage,
          relations: linksOf(coverage).map((other) => ({
            other,
            relation: compose(link.relationship, other.relationship),
          })),
        };
      }),
  }));
}

/** A framework's standards with their topics, for the machine-readable download. */
export function standardsWithTopics(catalog: Catalog, crosswalk: Crosswalk, frameworkId: string) {
  return standardsOf(catalog, frameworkId).map((record) => ({ record, links: crosswalk.topicsOf(record.id) }));
}
