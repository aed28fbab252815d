/**
 * The catalog: every collection loaded once and indexed by id, so pages, downloads and tests look
 * content up in O(1). Its references are checked by src/lib/content/references.ts.
 */
import type {
  ActionPlan,
  Benefits,
  Costs,
  Council,
  EntriesByCollection,
  Entry,
  Framework,
  Mapping,
  Organisation,
  Region,
  Standard,
  Strategy,
  Theme,
  Topic,
} from './types';
import { standardSlug } from '../../schemas/standard-slug';

/** A standard with its place in the framework: the unit other content links to. */
export interface StandardRecord {
  /** Stable id: framework id + slug, e.g. "east-midlands/2.9". */
  id: string;
  frameworkId: string;
  /** The standard's slug: its own, or its number made safe ("2.9", "criterion-2"). */
  slug: string;
  /** Its place in its framework, in the source's (the file's) order, from 0: how standards are sorted. */
  position: number;
  theme: Theme;
  standard: Standard;
}

export interface Catalog {
  regions: Map<string, Entry<Region>>;
  organisations: Map<string, Entry<Organisation>>;
  frameworks: Map<string, Entry<Framework>>;
  councils: Map<string, Entry<Council>>;
  /** By standard id ("east-midlands/2.9"). */
  standards: Map<string, StandardRecord>;
  costsByFramework: Map<string, Entry<Costs>>;
  benefitsByFramework: Map<string, Entry<Benefits>>;
  strategiesByCouncil: Map<string, Entry<Strategy>[]>;
  actionPlansByCouncil: Map<string, Entry<ActionPlan>[]>;
  /** By framework id: the strategies with a charter commitment to it (a strategy may name several). */
  strategiesByFramework: Map<string, Entry<Strategy>[]>;
  /** By framework id: the action plans that follow it. */
  actionPlansByFramework: Map<string, Entry<ActionPlan>[]>;
  frameworksByRegion: Map<string, Entry<Framework>[]>;
  /** By organisation id: the frameworks it runs (is the owner of). */
  frameworksByOwner: Map<string, Entry<Framework>[]>;
  councilsByRegion: Map<string, Entry<Council>[]>;
  /** By region id: the organisations that name the region among theirs. */
  organisationsByRegion: Map<string, Entry<Organisation>[]>;
  /** The shared vocabulary of the crosswalk, by topic id. */
  topics: Map<string, Entry<Topic>>;
  /** Each framework's topic mapping, by framework id. */
  mappingsByFramework: Map<string, Entry<Mapping>>;
  /** Everything, for listings. */
  entries: EntriesByCollection;
}

export const standardId = (frameworkId: string, slug: string) => `${frameworkId}/${slug}`;

/**
 * A printed number as a key whose string order puts numbers in numeric order ("2.9" → "0002.0009",
 * "Criterion 2" → "criterion 0002"): for sorting standards of several frameworks together. Within
 * one framework, standards keep the source's order (`position`).
 */
export const numberSortKey = (number: string) =>
  number.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(4, '0'));

/** Compare standard numbers as numbers: 2.9 before 2.10, "Criterion 2" before "Criterion 10". */
export function compareNumbers(a: string, b: string): number {
  const [ka, kb] = [numberSortKey(a), numberSortKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  return groupByEach(items, (item) => [key(item)]);
}

/** Groups items under each of their keys (an item with two keys is in two groups, once in each), in content order. */
function groupByEach<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));

/**
 * The index of everything, by id. It trusts the references: checking them is the content check's
 * job (src/lib/content/references.ts), and the site builds only from a checked catalog. Where
 * content gives one thing twice (two standards with one slug, two costs files for a framework), the
 * first in content order is indexed.
 */
export function buildCatalog(entries: EntriesByCollection): Catalog {
  const standards = new Map<string, StandardRecord>();
  for (const entry of entries.frameworks) {
    let position = 0;
    for (const theme of entry.data.themes) {
      for (const standard of theme.standards) {
        const slug = standardSlug(standard);
        const id = standardId(entry.id, slug);
        if (!standards.has(id))
          standards.set(id, { id, frameworkId: entry.id, slug, position: position++, theme, standard });
      }
    }
  }
  const firstByFramework = <T extends { framework: { id: string } }>(list: Entry<T>[]) =>
    new Map([...groupBy(list, (e) => e.data.framework.id)].map(([k, group]) => [k, group[0]!]));

  return {
    regions: byId(entries.regions),
    organisations: byId(entries.organisations),
    frameworks: byId(entries.frameworks),
    councils: byId(entries.councils),
    standards,
    costsByFramework: firstByFramework(entries.costs),
    benefitsByFramework: firstByFramework(entries.benefits),
    strategiesByCouncil: groupBy(entries.strategies, (e) => e.data.council.id),
    actionPlansByCouncil: groupBy(entries.actionPlans, (e) => e.data.council.id),
    strategiesByFramework: groupByEach(entries.strategies, (e) => e.data.charters.map((c) => c.framework.id)),
    actionPlansByFramework: groupBy(entries.actionPlans, (e) => e.data.framework.id),
    frameworksByRegion: groupByEach(entries.frameworks, (e) => e.data.regions.map((r) => r.id)),
    frameworksByOwner: groupBy(entries.frameworks, (e) => e.data.owner.organisation.id),
    councilsByRegion: groupBy(entries.councils, (e) => e.data.region.id),
    organisationsByRegion: groupByEach(entries.organisations, (e) => e.data.regions.map((r) => r.id)),
    topics: byId(entries.topics),
    mappingsByFramework: firstByFramework(entries.mappings),
    entries,
  };
}

/** A framework's standards in the source's (the file's) order, each with its theme. */
export function standardsOf(catalog: Catalog, frameworkId: string): StandardRecord[] {
  const fw = catalog.frameworks.get(frameworkId);
  if (!fw) return [];
  return fw.data.themes.flatMap((theme) =>
    theme.standards.map((s) => catalog.standards.get(standardId(frameworkId, standardSlug(s)))!),
  );
}
