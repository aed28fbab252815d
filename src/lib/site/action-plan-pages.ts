/** What the three views of an action plan share: their breadcrumbs and what they render. */
import { getCatalog } from './site-catalog';
import type { ActionPlan, Council, Entry } from '../catalog/types';
import { paths, type Crumb } from '../common/urls';

export function actionPlanCrumbs(council: Entry<Council>, plan: Entry<ActionPlan>, view?: string): Crumb[] {
  const crumbs: Crumb[] = [
    { label: 'Home', href: paths.home() },
    { label: 'Councils', href: paths.councils() },
    { label: council.data.name, href: paths.council(council.id) },
  ];
  if (!view) return [...crumbs, { label: plan.data.title }];
  return [...crumbs, { label: plan.data.title, href: paths.actionPlan(council.id, plan.id) }, { label: view }];
}

/** The catalog, plan and council a view of an action plan renders. */
export async function loadActionPlanPage(planId: string) {
  const catalog = await getCatalog();
  const entry = catalog.entries.actionPlans.find((p) => p.id === planId)!;
  return { catalog, entry, plan: entry.data, council: catalog.councils.get(entry.data.council.id)! };
}
