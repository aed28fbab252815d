/**
 * The content's cross-references, checked against the catalog's index: every id a file names is
 * an entry of its collection, every level a framework's own, every standard slug unique within its
 * framework, one costs, benefits and mapping file per framework, and the topic mappings complete
 * (./mapping-references.ts). The content check reports these problems with the file's line; the
 * site's catalog (src/lib/site/site-catalog.ts) refuses to build from content that has any.
 */
import { buildCatalog, standardId, type Catalog } from '../catalog/catalog';
import { standardLabel } from '../catalog/labels';
import { unknownEntryMessage, unknownStandardMessage } from './reference-messages';
import type { EntriesByCollection, Entry } from '../catalog/types';
import { COLLECTIONS } from '../../schemas/collections';
import { standardsPath } from '../../schemas/framework';
import { standardSlug } from '../../schemas/standard-slug';
import { mappingProblems } from './mapping-references';

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

/** The catalog of content whose references all resolve; a CatalogError naming every one that does not. */
export function checkedCatalog(entries: EntriesByCollection): Catalog {
  const catalog = buildCatalog(entries);
  const problems = referenceProblems(entries, catalog);
  if (problems.length > 0) throw new CatalogError(problems);
  return catalog;
}

const fileOf = (entry: Entry<unknown>) => entry.filePath ?? entry.id;

/** The collections other entries name by id. */
type Indexed = 'regions' | 'organisations' | 'frameworks' | 'councils';

export function referenceProblems(entries: EntriesByCollection, catalog: Catalog): CatalogProblem[] {
  const { frameworks, standards } = catalog;
  const problems: CatalogProblem[] = [];

  /** Records a problem when `id` is not an entry of `collection`. */
  const expect = (collection: Indexed, id: string, entry: Entry<unknown>, path: string) => {
    const known = catalog[collection];
    if (!known.has(id))
      problems.push({
        file: fileOf(entry),
        path,
        message: unknownEntryMessage(id, COLLECTIONS[collection].entry, known.keys()),
      });
  };

  for (const entry of entries.frameworks) {
    const fw = entry.data;
    expect('organisations', fw.owner.organisation.id, entry, 'owner.organisation');
    fw.partners.forEach((p, i) => expect('organisations', p.organisation.id, entry, `partners[${i}].organisation`));
    fw.regions.forEach((r, i) => expect('regions', r.id, entry, `regions[${i}]`));
    if (fw.supersedes) expect('frameworks', fw.supersedes.id, entry, 'supersedes');
    const levelIds = new Set(fw.levels.map((l) => l.id));
    /** Where each slug was first given, for the message naming both standards that share one. */
    const firstPath = new Map<string, string>();
    fw.themes.forEach((theme, t) =>
      theme.standards.forEach((standard, s) => {
        const slug = standardSlug(standard);
        const path = `${standardsPath(theme, t)}[${s}]`;
        const first = firstPath.get(slug);
        if (first !== undefined) {
          const own = standard.slug === undefined ? `made from its number "${standard.number}"` : 'given as its slug';
          const indexed = standards.get(standardId(entry.id, slug))!;
          problems.push({
            file: fileOf(entry),
            path: `${path}.${standard.slug === undefined ? 'number' : 'slug'}`,
            message: `standard "${standardLabel(standard)}" has the slug "${slug}" (${own}), already the slug of ${first} "${standardLabel(indexed.standard)}"; each standard needs its own slug (give one of them slug: …)`,
          });
          return;
        }
        firstPath.set(slug, path);
        const unknownLevel = (level: string, field: string) => {
          if (levelIds.has(level)) return;
          problems.push({
            file: fileOf(entry),
            path: `${path}.${field}`,
            message: `"${level}" is not one of this framework's levels (${[...levelIds].join(', ') || 'it has none'})`,
          });
        };
        if (standard.level) unknownLevel(standard.level, 'level');
        standard.requirementsByLevel?.forEach((r, i) => unknownLevel(r.level, `requirementsByLevel[${i}].level`));
      }),
    );
  }

  const levelCheck = (frameworkId: string, level: string, entry: Entry<unknown>, path: string) => {
    const fw = frameworks.get(frameworkId);
    if (fw && !fw.data.levels.some((l) => l.id === level)) {
      problems.push({
        file: fileOf(entry),
        path,
        message: `"${level}" is not a level of ${frameworkId} (${fw.data.levels.map((l) => l.id).join(', ') || 'it has none'})`,
      });
    }
  };

  for (const entry of entries.organisations) {
    entry.data.regions.forEach((r, i) => expect('regions', r.id, entry, `regions[${i}]`));
  }
  for (const entry of entries.councils) expect('regions', entry.data.region.id, entry, 'region');
  for (const entry of entries.costs) {
    expect('frameworks', entry.data.framework.id, entry, 'framework');
    if (entry.data.provider) expect('organisations', entry.data.provider.id, entry, 'provider');
    entry.data.priceLists.forEach(
      (list, i) => list.level && levelCheck(entry.data.framework.id, list.level, entry, `priceLists[${i}].level`),
    );
  }
  for (const entry of entries.benefits) {
    expect('frameworks', entry.data.framework.id, entry, 'framework');
    entry.data.groups.forEach(
      (g, i) => g.level && levelCheck(entry.data.framework.id, g.level, entry, `groups[${i}].level`),
    );
  }
  for (const entry of entries.strategies) {
    expect('councils', entry.data.council.id, entry, 'council');
    entry.data.charters.forEach((c, i) => expect('frameworks', c.framework.id, entry, `charters[${i}].framework`));
  }
  for (const entry of entries.actionPlans) {
    const plan = entry.data;
    expect('councils', plan.council.id, entry, 'council');
    expect('frameworks', plan.framework.id, entry, 'framework');
    if (frameworks.has(plan.framework.id)) {
      plan.items.forEach((item, i) => {
        if (!standards.has(standardId(plan.framework.id, item.standard))) {
          problems.push({
            file: fileOf(entry),
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
    expect('councils', entry.data.council.id, entry, 'council');
    expect('frameworks', entry.data.framework.id, entry, 'framework');
    if (entry.data.level) levelCheck(entry.data.framework.id, entry.data.level, entry, 'level');
  }

  const onePerFramework = <T extends { framework: { id: string } }>(list: Entry<T>[], kind: string) => {
    const first = new Map<string, Entry<T>>();
    for (const entry of list) {
      const earlier = first.get(entry.data.framework.id);
      if (earlier)
        problems.push({
          file: fileOf(entry),
          path: 'framework',
          message: `${kind} for "${entry.data.framework.id}" are already given in ${fileOf(earlier)}`,
        });
      else first.set(entry.data.framework.id, entry);
    }
  };
  onePerFramework(entries.costs, 'Costs');
  onePerFramework(entries.benefits, 'Benefits');
  problems.push(...mappingProblems(entries, catalog));
  onePerFramework(entries.mappings, 'Topic mappings');
  return problems;
}
