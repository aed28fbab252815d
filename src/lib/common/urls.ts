/** Every page address in one place, with the configured `base` applied, so links and routes never disagree. */

/** One step of a page's breadcrumbs. */
export interface Crumb {
  label: string;
  /** Site path; the last crumb (the current page) has none. */
  href?: string;
}

/** Prefixes a site path ("/frameworks/") with the configured base ("/charters/"). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

/** A pair's two ids in canonical order (A–Z), so each pair has one address. */
export function canonicalPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export const paths = {
  home: () => '/',
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  organisations: () => '/organisations/',
  frameworks: () => '/frameworks/',
  framework: (id: string) => `/frameworks/${id}/`,
  standard: (frameworkId: string, number: string) => `/frameworks/${frameworkId}/standards/${number}/`,
  costs: (frameworkId: string) => `/frameworks/${frameworkId}/costs/`,
  selfAssessment: (frameworkId: string) => `/frameworks/${frameworkId}/self-assessment/`,
  /** A kept copy of a source document, published as it is in the repository (`sources/<name>`). */
  sourceCopy: (file: string) => `/${file}`,
  councils: () => '/councils/',
  council: (id: string) => `/councils/${id}/`,
  strategy: (councilId: string, id: string) => `/councils/${councilId}/strategies/${id}/`,
  actionPlan: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/`,
  actionPlanByOwner: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/by-owner/`,
  actionPlanByDueDate: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/by-due-date/`,
  compare: () => '/compare/',
  /** A pair of frameworks, always in canonical order (ids A–Z); the reverse order redirects here. */
  comparePair: (a: string, b: string) => `/compare/${canonicalPair(a, b).join('/')}/`,
  /** The address as asked for, in either order (the redirect pages use it). */
  comparePairAsGiven: (a: string, b: string) => `/compare/${a}/${b}/`,
  comparePairDownload: (a: string, b: string, format: TableFormat) =>
    `/compare/${canonicalPair(a, b).join('/')}/comparison.${format}`,
  compareCosts: () => '/compare/costs/',
  compareStages: () => '/compare/stages/',
  compareDownload: (name: 'matrix' | 'costs' | 'stages', format: TableFormat) => `/compare/${name}.${format}`,
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  standardsJson: (frameworkId: string) => `/frameworks/${frameworkId}/standards.json`,
  search: () => '/search/',
  /** A charter's current edition, whichever framework edition that is (redirects there). */
  charter: (charterId: string) => `/charters/${charterId}/`,
  updates: () => '/updates/',
  updatesFeed: () => '/updates/feed.xml',
  accessibility: () => '/accessibility/',
  /** The content editor for publishers (Decap CMS) and its configuration. */
  admin: () => '/admin/',
  adminConfig: () => '/admin/config.yml',
  /** The folder of the editor's prebuilt program (src/integrations/content-editor.ts). */
  adminEditor: () => '/admin/decap/',
  register: () => '/register/',
  registerOfCharter: (charterId: string) => `/register/${charterId}/`,
  registerOfRegion: (regionId: string) => `/register/regions/${regionId}/`,
  registerDownload: (format: TableFormat) => `/register/register.${format}`,
  /** Re-assessment due dates of a region's councils, as an iCalendar feed. */
  registerCalendar: (regionId: string) => `/register/regions/${regionId}/due-dates.ics`,
} as const;

/** The formats a table is downloaded in: CSV, an Excel spreadsheet beside it, and JSON. */
export type TableFormat = 'csv' | 'xlsx' | 'json';

/** A site path as a full address on the configured site, for downloads read outside the site. */
export const absolute =
  (site: URL | undefined) =>
  (path: string): string =>
    site ? new URL(url(path), site).href : url(path);
