/**
 * The route table: every page template in src/pages/ and the pages it builds, from the catalog.
 * Pages with parameters take their getStaticPaths from here (`staticPaths` in
 * src/lib/site/site-catalog.ts), and `sitePaths` lists the same pages for the content check,
 * which refuses links in content to pages that do not exist. One table, so the two cannot drift;
 * tests/site/publishing.test.ts checks that dist/ holds exactly these pages.
 */
import type { Catalog } from '../catalog/catalog';
import { charterIds } from '../catalog/editions';
import { pairRoutes } from '../crosswalk/pair-routes';
import { calendarDueInRegion, registerRows } from '../register/register';
import { paths } from '../common/urls';
import { keptSourceFiles } from './source-copies';
import { SOURCES_FOLDER } from '../../schemas/patterns';

type Params = Record<string, string>;

export interface RouteEntry<P extends Params, Props> {
  params: P;
  props?: Props;
}

export interface Route<P extends Params = Params, Props = unknown> {
  /** The pages this template builds: their parameters (and props, where the page needs them). */
  entries(catalog: Catalog): RouteEntry<P, Props>[];
  /** A page's site path from its parameters. */
  path(params: P): string;
}

const route = <P extends Params, Props = undefined>(
  entries: Route<P, Props>['entries'],
  path: (params: P) => string,
): Route<P, Props> => ({ entries, path });
/** A page without parameters. */
const single = (path: string): Route<Params, undefined> =>
  route(
    () => [{ params: {} }],
    () => path,
  );

const eachRegion = (catalog: Catalog) => [...catalog.regions.keys()].map((region) => ({ params: { region } }));
const eachFramework = (catalog: Catalog) =>
  [...catalog.frameworks.keys()].map((framework) => ({ params: { framework } }));
const eachCharter = (catalog: Catalog) => charterIds(catalog).map((charter) => ({ params: { charter } }));
const eachPair = (catalog: Catalog) =>
  pairRoutes(catalog).pages.map(([a, b]) => ({ params: { first: a.id, second: b.id } }));
const eachActionPlan = (catalog: Catalog) =>
  catalog.entries.actionPlans.map((p) => ({ params: { council: p.data.council.id, plan: p.id } }));

type PairParams = { first: string; second: string };
type ActionPlanParams = { council: string; plan: string };

export const routes = {
  home: single(paths.home()),
  regionsIndex: single(paths.regions()),
  region: route(eachRegion, (p) => paths.region(p.region)),
  organisations: single(paths.organisations()),
  frameworksIndex: single(paths.frameworks()),
  framework: route(eachFramework, (p) => paths.framework(p.framework)),
  standardsJson: route(eachFramework, (p) => paths.standardsJson(p.framework)),
  standard: route(
    // The route takes the standard's slug: its number made safe, or the slug its framework gives it.
    (catalog) =>
      [...catalog.standards.values()].map((record) => ({
        params: { framework: record.frameworkId, standard: record.slug },
      })),
    (p) => paths.standard(p.framework, p.standard),
  ),
  /** A self-assessment for each framework whose source lists standards. */
  selfAssessment: route(
    (catalog) =>
      [...catalog.frameworks.values()]
        .filter((fw) => fw.data.themes.length > 0)
        .map((fw) => ({ params: { framework: fw.id } })),
    (p) => paths.selfAssessment(p.framework),
  ),
  costs: route(
    (catalog) => [...catalog.costsByFramework.keys()].map((framework) => ({ params: { framework } })),
    (p) => paths.costs(p.framework),
  ),
  charter: route(eachCharter, (p) => paths.charter(p.charter)),
  councilsIndex: single(paths.councils()),
  council: route(
    (catalog) => [...catalog.councils.keys()].map((council) => ({ params: { council } })),
    (p) => paths.council(p.council),
  ),
  strategy: route(
    (catalog) => catalog.entries.strategies.map((s) => ({ params: { council: s.data.council.id, strategy: s.id } })),
    (p) => paths.strategy(p.council, p.strategy),
  ),
  actionPlan: route(eachActionPlan, (p: ActionPlanParams) => paths.actionPlan(p.council, p.plan)),
  actionPlanByOwner: route(eachActionPlan, (p: ActionPlanParams) => paths.actionPlanByOwner(p.council, p.plan)),
  actionPlanByDueDate: route(eachActionPlan, (p: ActionPlanParams) => paths.actionPlanByDueDate(p.council, p.plan)),
  compare: single(paths.compare()),
  compareCosts: single(paths.compareCosts()),
  compareStages: single(paths.compareStages()),
  compareMatrixCsv: single(paths.compareDownload('matrix', 'csv')),
  compareMatrixXlsx: single(paths.compareDownload('matrix', 'xlsx')),
  compareMatrixJson: single(paths.compareDownload('matrix', 'json')),
  compareCostsCsv: single(paths.compareDownload('costs', 'csv')),
  compareCostsXlsx: single(paths.compareDownload('costs', 'xlsx')),
  compareCostsJson: single(paths.compareDownload('costs', 'json')),
  compareStagesCsv: single(paths.compareDownload('stages', 'csv')),
  compareStagesXlsx: single(paths.compareDownload('stages', 'xlsx')),
  compareStagesJson: single(paths.compareDownload('stages', 'json')),
  /** Pair pages, and the addresses that redirect to them (the reverse order, old pairs of superseded editions). */
  comparePair: route<PairParams, { redirectTo: [string, string] | undefined }>(
    (catalog) => {
      const pairs = pairRoutes(catalog);
      return [
        ...pairs.pages.map(([a, b]) => ({ params: { first: a.id, second: b.id }, props: { redirectTo: undefined } })),
        ...pairs.redirects.map(({ from, to }) => ({
          params: { first: from[0], second: from[1] },
          props: { redirectTo: to },
        })),
      ];
    },
    (p) => paths.comparePairAsGiven(p.first, p.second),
  ),
  comparePairCsv: route(eachPair, (p: PairParams) => paths.comparePairDownload(p.first, p.second, 'csv')),
  comparePairXlsx: route(eachPair, (p: PairParams) => paths.comparePairDownload(p.first, p.second, 'xlsx')),
  comparePairJson: route(eachPair, (p: PairParams) => paths.comparePairDownload(p.first, p.second, 'json')),
  topicsIndex: single(paths.topics()),
  topic: route(
    (catalog) => [...catalog.topics.keys()].map((topic) => ({ params: { topic } })),
    (p) => paths.topic(p.topic),
  ),
  register: single(paths.register()),
  registerCsv: single(paths.registerDownload('csv')),
  registerXlsx: single(paths.registerDownload('xlsx')),
  registerJson: single(paths.registerDownload('json')),
  registerOfCharter: route(eachCharter, (p) => paths.registerOfCharter(p.charter)),
  registerOfRegion: route(eachRegion, (p) => paths.registerOfRegion(p.region)),
  /** A calendar feed only for a region with at least one due date computed to the day (RFC 5545 wants a component). */
  registerCalendar: route(
    (catalog) => {
      const rows = registerRows(catalog);
      return eachRegion(catalog).filter((e) => calendarDueInRegion(rows, e.params.region).length > 0);
    },
    (p) => paths.registerCalendar(p.region),
  ),
  /** Each kept source copy a page cites, so its citation can link to it. */
  sourceCopy: route(
    (catalog) => keptSourceFiles(catalog).map((file) => ({ params: { file: file.slice(SOURCES_FOLDER.length + 1) } })),
    (p) => paths.sourceCopy(`${SOURCES_FOLDER}/${p.file}`),
  ),
  updates: single(paths.updates()),
  updatesFeed: single(paths.updatesFeed()),
  search: single(paths.search()),
  accessibility: single(paths.accessibility()),
  admin: single(paths.admin()),
  adminConfig: single(paths.adminConfig()),
};

/** Every page the site builds, as site paths (before the base is applied). */
export function sitePaths(catalog: Catalog): Set<string> {
  const all = (Object.values(routes) as Route[]).flatMap((r) =>
    r.entries(catalog).map((entry) => r.path(entry.params)),
  );
  return new Set(all);
}

/** The site path a link in content points to, or undefined for links elsewhere (other sites, e-mail, anchors). */
export function internalPath(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  return href.replace(/[?#].*$/, '');
}
