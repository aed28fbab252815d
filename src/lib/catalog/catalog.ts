/**
 * The catalog: every collection loaded once and indexed, with every cross-reference resolved.
 *
 * Pages, the content check and the tests all read content through this one index, so lookups
 * are O(1) and a broken reference is reported the same way everywhere.
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
import { mappingProblems } from '../crosswalk/mappings';
import { standardSlug } from '../../schemas/standard-slug';
import { standardsPath } from '../../schemas/framework';
import { standardLabel, unknownStandardMessage } from './labels';

export { standardLabel, themeHeading } from './labels';

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

export interface CatalogProblem {
  file: string;
  /** Field path inside the file, e.g. items[3].standard. */
  path: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(
      `Content has ${problems.length} broken reference(s):\n` +
        problems.map((p) => `  ${p.file} ${p.path}: ${p.message}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

export interface Catalog {
  regions: Map<string, Entry<Region>>;
  organisations: Map<string, Entry<Organisation>>;
  frameworks: Map<string, Entry<Framework>>;
  councils: Map<string, Entry<Council>>;
  /** By standard id ("east-midlands/2.9"). */
  standards: Map<string, StandardRecord>;
  /** By framework id. */
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

export function buildCatalog(entries: EntriesByCollection): Catalog {
  const problems: CatalogProblem[] = [];
  const regions = byId(entries.regions);
  const organisations = byId(entries.organisations);
  const frameworks = byId(entries.frameworks);
  const councils = byId(entries.councils);

  /** Records a problem when `id` is not in `known`. */
  const expect = (known: Map<string, unknown>, kind: string, id: string, entry: Entry<unknown>, path: string) => {
    if (!known.has(id)) {
      const choices = [...known.keys()].sort().join(', ');
      problems.push({
        file: entry.filePath ?? entry.id,
        path,
        message: `"${id}" is not a known ${kind}; expected one of: ${choices}`,
      });
    }
  };

  const standards = new Map<string, StandardRecord>();
  for (const entry of entries.frameworks) {
    const fw = entry.data;
    expect(organisations, 'organisation', fw.owner.organisation.id, entry, 'owner.organisation');
    fw.partners.forEach((p, i) =>
      expect(organisations, 'organisation', p.organisation.id, entry, `partners[${i}].organisation`),
    );
    fw.regions.forEach((r, i) => expect(regions, 'region', r.id, entry, `regions[${i}]`));
    if (fw.supersedes) expect(frameworks, 'framework', fw.supersedes.id, entry, 'supersedes');
    const levelIds = new Set(fw.levels.map((l) => l.id));
    /** Where each slug was first given, for the message naming both standards that share one. */
    const firstPath = new Map<string, string>();
    let position = 0;
    fw.themes.forEach((theme, t) =>
      theme.standards.forEach((standard, s) => {
        const slug = standardSlug(standard);
        const id = standardId(entry.id, slug);
        const path = `${standardsPath(theme, t)}[${s}]`;
        const first = standards.get(id);
        if (first) {
          const own = standard.slug === undefined ? `made from its number "${standard.number}"` : 'given as its slug';
          problems.push({
            file: entry.filePath ?? entry.id,
            path: `${path}.${standard.slug === undefined ? 'number' : 'slug'}`,
            message: `standard "${standardLabel(standard)}" has the slug "${slug}" (${own}), already the slug of ${firstPath.get(slug)} "${standardLabel(first.standard)}"; each standard needs its own slug (give one of them slug: …)`,
          });
          return;
        }
        firstPath.set(slug, path);
        const unknownLevel = (level: string, path: string) => {
          if (levelIds.has(level)) return;
          problems.push({
            file: entry.filePath ?? entry.id,
            path: `${standardsPath(theme, t)}[${s}].${path}`,
            message: `"${level}" is not one of this framework's levels (${[...levelIds].join(', ') || 'it has none'})`,
          });
        };
        if (standard.level) unknownLevel(standard.level, 'level');
        standard.requirementsByLevel?.forEach((r, i) => unknownLevel(r.level, `requirementsByLevel[${i}].level`));
        standards.set(id, { id, frameworkId: entry.id, slug, position: position++, theme, standard });
      }),
    );
  }

  const levelCheck = (frameworkId: string, level: string, entry: Entry<unknown>, path: string) => {
    const fw = frameworks.get(frameworkId);
    if (fw && !fw.data.levels.some((l) => l.id === level)) {
      problems.push({
        file: entry.filePath ?? entry.id,
        path,
        message: `"${level}" is not a level of ${frameworkId} (${fw.data.levels.map((l) => l.id).join(', ') || 'it has none'})`,
      });
    }
  };

  for (const entry of entries.organisations) {
    entry.data.regions.forEach((r, i) => expect(regions, 'region', r.id, entry, `regions[${i}]`));
  }
  for (const entry of entries.councils) expect(regions, 'region', entry.data.region.id, entry, 'region');
  for (const entry of entries.costs) {
    expect(frameworks, 'framework', entry.data.framework.id, entry, 'framework');
    if (entry.data.provider) expect(organisations, 'organisation', entry.data.provider.id, entry, 'provider');
    entry.data.priceLists.forEach(
      (list, i) => list.level && levelCheck(entry.data.framework.id, list.level, entry, `priceLists[${i}].level`),
    );
  }
  for (const entry of entries.benefits) {
    expect(frameworks, 'framework', entry.data.framework.id, entry, 'framework');
    entry.data.groups.forEach(
      (g, i) => g.level && levelCheck(entry.data.framework.id, g.level, entry, `groups[${i}].level`),
    );
  }
  for (const entry of entries.strategies) {
    expect(councils, 'council', entry.data.council.id, entry, 'council');
    entry.data.charters.forEach((c, i) =>
      expect(frameworks, 'framework', c.framework.id, entry, `charters[${i}].framework`),
    );
  }
  for (const entry of entries.actionPlans) {
    const plan = entry.data;
    expect(councils, 'council', plan.council.id, entry, 'council');
    expect(frameworks, 'framework', plan.framework.id, entry, 'framework');
    if (frameworks.has(plan.framework.id)) {
      plan.items.forEach((item, i) => {
        if (!standards.has(standardId(plan.framework.id, item.standard))) {
          problems.push({
            file: entry.filePath ?? entry.id,
            path: `items[${i}].standard`,
            message: unknownStandardMessage(
              standards,
              plan.framework.id,
              item.standard,
              `the framework "${plan.framework.id}" this plan follows`,
            ),
          });
        }
      });
    }
  }

  for (const entry of entries.register) {
    expect(councils, 'council', entry.data.council.id, entry, 'council');
    expect(frameworks, 'framework', entry.data.framework.id, entry, 'framework');
    if (entry.data.level) levelCheck(entry.data.framework.id, entry.data.level, entry, 'level');
  }

  const uniqueBy = <T>(list: Entry<T>[], key: (e: Entry<T>) => string, kind: string) => {
    for (const [k, group] of groupBy(list, key)) {
      for (const extra of group.slice(1)) {
        problems.push({
          file: extra.filePath ?? extra.id,
          path: 'framework',
          message: `${kind} for "${k}" are already given in ${group[0]!.filePath ?? group[0]!.id}`,
        });
      }
    }
    return new Map([...groupBy(list, key)].map(([k, group]) => [k, group[0]!]));
  };

  const costsByFramework = uniqueBy(entries.costs, (e) => e.data.framework.id, 'Costs');
  const benefitsByFramework = uniqueBy(entries.benefits, (e) => e.data.framework.id, 'Benefits');
  const topics = byId(entries.topics);
  problems.push(...mappingProblems(entries, { frameworks, topics, standards }));
  const mappingsByFramework = uniqueBy(entries.mappings, (e) => e.data.framework.id, 'Topic mappings');
  if (problems.length > 0) throw new CatalogError(problems);

  const catalog: Catalog = {
    regions,
    organisations,
    frameworks,
    councils,
    standards,
    costsByFramework,
    benefitsByFramework,
    strategiesByCouncil: groupBy(entries.strategies, (e) => e.data.council.id),
    actionPlansByCouncil: groupBy(entries.actionPlans, (e) => e.data.council.id),
    strategiesByFramework: groupByEach(entries.strategies, (e) => e.data.charters.map((c) => c.framework.id)),
    actionPlansByFramework: groupBy(entries.actionPlans, (e) => e.data.framework.id),
    frameworksByRegion: groupByEach(entries.frameworks, (e) => e.data.regions.map((r) => r.id)),
    frameworksByOwner: groupBy(entries.frameworks, (e) => e.data.owner.organisation.id),
    councilsByRegion: groupBy(entries.councils, (e) => e.data.region.id),
    organisationsByRegion: groupByEach(entries.organisations, (e) => e.data.regions.map((r) => r.id)),
    topics,
    mappingsByFramework,
    entries,
  };
  return catalog;
}

/** A framework's standards in the source's (the file's) order, each with its theme. */
export function standardsOf(catalog: Catalog, frameworkId: string): StandardRecord[] {
  const fw = catalog.frameworks.get(frameworkId);
  if (!fw) return [];
  return fw.data.themes.flatMap((theme) =>
    theme.standards.map((s) => catalog.standards.get(standardId(frameworkId, standardSlug(s)))!),
  );
}
