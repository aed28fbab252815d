/**
 * What each page tells the search index about itself: a result title that says where it belongs,
 * the filters it can be found under and the keys it can be sorted by.
 *
 * Pages opt in to search by passing one of these records to the layout (Base.astro), which renders
 * them as Pagefind attributes; pages without one are left out of the index (listings, the 404
 * page, the alternative views of an action plan). Every kind of page builds its record with
 * `searchRecord`, so every result reads and filters the same way.
 */
import { type Catalog, numberSortKey, standardId } from '../catalog/catalog';
import { standardLabel } from '../catalog/labels';
import { crosswalkOf, type Crosswalk } from '../crosswalk/crosswalk';
import { charterTitle, currentEdition, editionsOf, supersedingEdition } from '../catalog/editions';
import type { ActionPlan, Entry, Framework, Strategy } from '../catalog/types';
import { CONTENT_TYPES, type ContentType, type SearchFilter, type SearchSort } from './vocabulary';

export interface SearchRecord {
  /** The result's title, e.g. "East Midlands · 2.9 Structured induction process for all members". */
  title: string;
  type: ContentType;
  /** Filter values as people read them ("East Midlands", not "east-midlands"). */
  filters: Record<SearchFilter, string[]>;
  sort: Partial<Record<SearchSort, string>>;
  /** A standard's number as printed ("2.9", "Criterion 2"), indexed as a hidden filter so a search for the number finds it exactly. */
  standardNumber?: string;
}

/** What a page is about, in the catalog's terms; `searchRecord` turns it into filters and a title. */
export interface SearchSubject {
  type: ContentType;
  /** The page's own title; the regions are put in front of it. */
  title: string;
  regionIds: string[];
  frameworkIds?: string[];
  /** Level names (not ids: several frameworks may share one). */
  levels?: string[];
  topics?: string[];
  /** The standard's number as printed, for numbered standards. */
  standardNumber?: string;
}

const unique = (values: string[]) => [...new Set(values)];

export function searchRecord(catalog: Catalog, subject: SearchSubject): SearchRecord {
  const regions = unique(subject.regionIds.map((id) => catalog.regions.get(id)?.data.name ?? id));
  const frameworks = unique(
    (subject.frameworkIds ?? []).map((id) => catalog.frameworks.get(id)?.data.shortTitle ?? id),
  );
  const sort: SearchRecord['sort'] = { title: subject.title.toLowerCase() };
  if (subject.standardNumber) sort.standard = numberSortKey(subject.standardNumber);
  return {
    title: regions.length ? `${regions.join(' and ')} · ${subject.title}` : subject.title,
    type: subject.type,
    filters: {
      region: regions,
      framework: frameworks,
      type: [CONTENT_TYPES[subject.type]],
      level: unique(subject.levels ?? []),
      topic: unique(subject.topics ?? []),
    },
    sort,
    ...(subject.standardNumber && { standardNumber: subject.standardNumber }),
  };
}

const frameworkData = (catalog: Catalog, frameworkId: string): Framework => {
  const fw = catalog.frameworks.get(frameworkId);
  if (!fw) throw new Error(`search: no framework "${frameworkId}"`);
  return fw.data;
};
const regionIdsOf = (fw: Framework) => fw.regions.map((r) => r.id);
/** A superseded edition's pages say so in their result title, so a result never passes for the charter in force. */
const editionTitle = (fw: Framework, title: string) =>
  fw.status === 'superseded' ? `${title} (superseded edition)` : title;

/**
 * A standard of an edition that a later edition in this site replaces is left out of search
 * (undefined): at national scale every charter has old editions, and their standards would crowd
 * out the ones in force and make every first search fetch more. The old edition's own page stays
 * in search, and its standards are reached from it. (An edition marked superseded whose successor
 * is not in the site keeps its standards in search: they are the newest this site has.)
 */
export function standardSearch(catalog: Catalog, frameworkId: string, slug: string): SearchRecord | undefined {
  const record = catalog.standards.get(standardId(frameworkId, slug));
  if (!record) throw new Error(`search: no standard "${standardId(frameworkId, slug)}"`);
  const fw = frameworkData(catalog, frameworkId);
  if (supersedingEdition(catalog, frameworkId)) return undefined;
  // A standard without a level applies to every level of its framework, so it belongs under each.
  const levels = fw.levels.filter((l) => !record.standard.level || l.id === record.standard.level).map((l) => l.name);
  return searchRecord(catalog, {
    type: 'standard',
    title: editionTitle(fw, standardLabel(record.standard)),
    regionIds: regionIdsOf(fw),
    frameworkIds: [frameworkId],
    levels,
    topics: crosswalkOf(catalog)
      .topicsOf(record.id)
      .map((link) => link.topic.data.name),
    ...(record.standard.number !== undefined && { standardNumber: record.standard.number }),
  });
}

export function frameworkSearch(catalog: Catalog, frameworkId: string): SearchRecord {
  const fw = frameworkData(catalog, frameworkId);
  return searchRecord(catalog, {
    type: 'framework',
    title: editionTitle(fw, fw.title),
    regionIds: regionIdsOf(fw),
    frameworkIds: [frameworkId],
    levels: fw.levels.map((l) => l.name),
  });
}

export function costsSearch(catalog: Catalog, frameworkId: string): SearchRecord {
  const fw = frameworkData(catalog, frameworkId);
  const costs = catalog.costsByFramework.get(frameworkId)?.data;
  const levelIds = new Set(costs?.priceLists.map((list) => list.level) ?? []);
  return searchRecord(catalog, {
    type: 'costs',
    title: editionTitle(fw, `Costs: ${fw.shortTitle}`),
    regionIds: regionIdsOf(fw),
    frameworkIds: [frameworkId],
    levels: fw.levels.filter((l) => levelIds.has(l.id)).map((l) => l.name),
  });
}

/**
 * A council's page is found by the council's name ("Harrow"), in its region and under every
 * charter its strategies, action plans and register entries name.
 */
export function councilSearch(catalog: Catalog, councilId: string): SearchRecord {
  const council = catalog.councils.get(councilId);
  if (!council) throw new Error(`search: no council "${councilId}"`);
  const frameworkIds = [
    ...(catalog.strategiesByCouncil.get(councilId) ?? []).flatMap((s) => s.data.charters.map((c) => c.framework.id)),
    ...(catalog.actionPlansByCouncil.get(councilId) ?? []).map((p) => p.data.framework.id),
    ...catalog.entries.register.filter((e) => e.data.council.id === councilId).map((e) => e.data.framework.id),
  ];
  return searchRecord(catalog, {
    type: 'council',
    title: council.data.name,
    regionIds: [council.data.region.id],
    frameworkIds,
  });
}

/** A council document sits in the council's region and under every charter it works towards. */
function councilDocumentSearch(
  catalog: Catalog,
  type: 'strategy' | 'actionPlan',
  councilId: string,
  title: string,
  frameworkIds: string[],
): SearchRecord {
  const council = catalog.councils.get(councilId);
  if (!council) throw new Error(`search: no council "${councilId}"`);
  return searchRecord(catalog, {
    type,
    title: `${council.data.name}: ${title}`,
    regionIds: [council.data.region.id],
    frameworkIds,
  });
}

export const strategySearch = (catalog: Catalog, strategy: Entry<Strategy>): SearchRecord =>
  councilDocumentSearch(
    catalog,
    'strategy',
    strategy.data.council.id,
    strategy.data.title,
    strategy.data.charters.map((c) => c.framework.id),
  );

export const actionPlanSearch = (catalog: Catalog, plan: Entry<ActionPlan>): SearchRecord =>
  councilDocumentSearch(catalog, 'actionPlan', plan.data.council.id, plan.data.title, [plan.data.framework.id]);

/** A topic page sits under every region whose framework covers the topic. */
export function topicSearch(catalog: Catalog, crosswalk: Crosswalk, topicId: string): SearchRecord {
  const topic = catalog.topics.get(topicId);
  if (!topic) throw new Error(`search: no topic "${topicId}"`);
  const covering = crosswalk.frameworks.filter((fw) => crosswalk.coverage(fw.id, topicId).status === 'covered');
  return searchRecord(catalog, {
    type: 'topic',
    title: `Topic: ${topic.data.name}`,
    regionIds: covering.flatMap((fw) => regionIdsOf(fw.data)),
    frameworkIds: covering.map((fw) => fw.id),
    topics: [topic.data.name],
  });
}

/** A comparison page (a pair, or all frameworks' costs or stages) sits under every framework it compares. */
export function comparisonSearch(catalog: Catalog, title: string, frameworkIds: string[]): SearchRecord {
  return searchRecord(catalog, {
    type: 'comparison',
    title,
    regionIds: frameworkIds.flatMap((id) => regionIdsOf(frameworkData(catalog, id))),
    frameworkIds,
  });
}

/** A charter's register page sits under the charter's editions and the regions of the councils on it. */
export function registerSearch(
  catalog: Catalog,
  charterId: string,
  rows: { regionId: string; entry: { data: { framework: { id: string } } } }[],
): SearchRecord {
  const editions = editionsOf(catalog, currentEdition(catalog, charterId)?.id ?? charterId);
  return searchRecord(catalog, {
    type: 'register',
    title: `Accreditation register: ${charterTitle(catalog, charterId)}`,
    regionIds: [...editions.flatMap((e) => regionIdsOf(e.data)), ...rows.map((r) => r.regionId)],
    frameworkIds: editions.map((e) => e.id),
  });
}
