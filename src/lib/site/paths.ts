/**
 * Every page the site builds, as site paths (before the base is applied). The content check uses
 * it to reject links in content that point to pages that do not exist; a site test checks that
 * dist/ has exactly these pages, so the list cannot drift from the routes.
 */
import type { Catalog } from '../catalog/catalog';
import { charterIds } from '../changes/editions';
import { pairRoutes } from '../crosswalk/pair-routes';
import { paths } from './urls';
import { standardSlug } from '../../schemas/standard-slug';

export function sitePaths(catalog: Catalog): Set<string> {
  const all: string[] = [
    paths.home(), paths.regions(), paths.organisations(), paths.frameworks(), paths.councils(), paths.updates(), paths.updatesFeed(),
    paths.search(), paths.compare(), paths.compareCosts(), paths.compareStages(), paths.topics(), paths.accessibility(),
    paths.admin(), paths.adminConfig(),
  ];
  for (const name of ['matrix', 'costs', 'stages'] as const) all.push(paths.compareDownload(name, 'csv'), paths.compareDownload(name, 'json'));
  const pairs = pairRoutes(catalog);
  for (const [a, b] of pairs.pages) {
    all.push(paths.comparePair(a.id, b.id), paths.comparePairDownload(a.id, b.id, 'csv'), paths.comparePairDownload(a.id, b.id, 'json'));
  }
  for (const { from } of pairs.redirects) all.push(paths.comparePairAsGiven(...from));
  for (const id of catalog.topics.keys()) all.push(paths.topic(id));
  for (const id of catalog.regions.keys()) all.push(paths.region(id));
  for (const [id, fw] of catalog.frameworks) {
    all.push(paths.framework(id));
    all.push(paths.standardsJson(id));
    for (const theme of fw.data.themes) for (const s of theme.standards) all.push(paths.standard(id, standardSlug(s)));
    if (fw.data.themes.length > 0) all.push(paths.selfAssessment(id));
  }
  for (const id of catalog.costsByFramework.keys()) all.push(paths.costs(id));
  for (const id of charterIds(catalog)) all.push(paths.charter(id), paths.registerOfCharter(id));
  all.push(paths.register(), paths.registerDownload('csv'), paths.registerDownload('json'));
  for (const id of catalog.regions.keys()) all.push(paths.registerOfRegion(id), paths.registerCalendar(id));
  for (const id of catalog.councils.keys()) all.push(paths.council(id));
  for (const s of catalog.entries.strategies) all.push(paths.strategy(s.data.council.id, s.id));
  for (const p of catalog.entries.actionPlans) {
    all.push(paths.actionPlan(p.data.council.id, p.id), paths.actionPlanByOwner(p.data.council.id, p.id), paths.actionPlanByDueDate(p.data.council.id, p.id));
  }
  return new Set(all);
}

/** The site path a link in content points to, or undefined for links elsewhere (other sites, e-mail, anchors). */
export function internalPath(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  return href.replace(/[?#].*$/, '');
}
