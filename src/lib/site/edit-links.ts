/**
 * "Edit this page": for each page that shows one content file, that file's entry in the editor and
 * the file on GitHub, by the page's address (so the layout can find them without each page passing
 * them, and a new page of an existing kind gets its link by being listed here).
 */
import { standardsOf, type Catalog } from '../catalog/catalog';
import type { CollectionName } from '../../schemas/collections';
import { paths } from '../common/urls';
import type { CmsSettings } from '../cms/settings';

export interface EditLinks {
  /** The entry in the editor, a site path ("/admin/#/collections/frameworks/entries/east-midlands"). */
  editor: string;
  /** The file on GitHub, on the branch publishers' changes go to. */
  github: string;
}

interface Source {
  collection: CollectionName;
  id: string;
  filePath?: string | undefined;
}

/** Built once per catalog: every page's layout asks, and the map covers every entry. */
const built = new WeakMap<Catalog, Map<string, Source>>();

/** Each content page's address (without the base) and the file it shows. */
export function pageSources(catalog: Catalog): Map<string, Source> {
  const known = built.get(catalog);
  if (known) return known;
  const pages = new Map<string, Source>();
  built.set(catalog, pages);
  for (const [id, fw] of catalog.frameworks) {
    const source = { collection: 'frameworks', id, filePath: fw.filePath } as const;
    pages.set(paths.framework(id), source);
    for (const record of standardsOf(catalog, id)) pages.set(paths.standard(id, record.slug), source);
  }
  for (const [id, costs] of catalog.costsByFramework)
    pages.set(paths.costs(id), { collection: 'costs', id: costs.id, filePath: costs.filePath });
  for (const [id, council] of catalog.councils)
    pages.set(paths.council(id), { collection: 'councils', id, filePath: council.filePath });
  for (const [councilId, strategies] of catalog.strategiesByCouncil)
    for (const s of strategies)
      pages.set(paths.strategy(councilId, s.id), { collection: 'strategies', id: s.id, filePath: s.filePath });
  for (const [councilId, plans] of catalog.actionPlansByCouncil)
    for (const plan of plans)
      for (const path of [
        paths.actionPlan(councilId, plan.id),
        paths.actionPlanByOwner(councilId, plan.id),
        paths.actionPlanByDueDate(councilId, plan.id),
      ])
        pages.set(path, { collection: 'actionPlans', id: plan.id, filePath: plan.filePath });
  for (const [id, topic] of catalog.topics)
    pages.set(paths.topic(id), { collection: 'topics', id, filePath: topic.filePath });
  for (const region of catalog.regions.values())
    pages.set(paths.region(region.id), { collection: 'regions', id: region.id, filePath: region.filePath });
  return pages;
}

export function editLinks(source: Source, settings: CmsSettings): EditLinks | undefined {
  if (!source.filePath) return undefined;
  return {
    editor: `${paths.admin()}#/collections/${source.collection}/entries/${source.id}`,
    github: `https://github.com/${settings.repo}/blob/${settings.branch}/${source.filePath}`,
  };
}
