/** Every page address in one place, with the configured `base` applied, so links and routes never disagree. */

/** Prefixes a site path ("/frameworks/") with the configured base ("/charters/"). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
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
  councils: () => '/councils/',
  council: (id: string) => `/councils/${id}/`,
  strategy: (councilId: string, id: string) => `/councils/${councilId}/strategies/${id}/`,
  actionPlan: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/`,
  actionPlanByOwner: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/by-owner/`,
  actionPlanByDueDate: (councilId: string, id: string) => `/councils/${councilId}/action-plans/${id}/by-due-date/`,
  accessibility: () => '/accessibility/',
} as const;
