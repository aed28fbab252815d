/**
 * Action plans: rows grouped by the framework's themes, actions by owner and by due date,
 * and the inconsistencies in the plan's dates that a reader should see.
 */
import { standardId, type Catalog, type StandardRecord } from '../catalog/catalog';
import { sortKey } from '../catalog/dates';
import { OWNER_NOT_STATED } from '../catalog/wording';
import type { Action, ActionItem, ActionPlan, Theme } from '../catalog/types';

/** One action with the row and standard it belongs to. */
export interface PlannedAction {
  item: ActionItem;
  action: Action;
  standard: StandardRecord;
  /** Position of the action in its row (0-based). */
  index: number;
}

export interface PlanSection {
  theme: Theme;
  /** The theme's place in the framework, from 1 (themes may be unnumbered). */
  position: number;
  items: { item: ActionItem; standard: StandardRecord }[];
}

/** A published date in the plan that cannot be right as printed. */
export interface DateProblem {
  kind: 'impossible-date' | 'before-plan';
  message: string;
}

export function planSections(catalog: Catalog, plan: ActionPlan): PlanSection[] {
  const fw = catalog.frameworks.get(plan.framework.id)!;
  return fw.data.themes
    .map((theme, t) => ({
      theme,
      position: t + 1,
      items: plan.items
        .map((item) => ({ item, standard: catalog.standards.get(standardId(plan.framework.id, item.standard))! }))
        .filter(({ standard }) => standard.theme === theme)
        .sort((a, b) => a.standard.position - b.standard.position),
    }))
    .filter((section) => section.items.length > 0);
}

export function plannedActions(catalog: Catalog, plan: ActionPlan): PlannedAction[] {
  return plan.items.flatMap((item) =>
    item.actions.map((action, index) => ({
      item,
      action,
      index,
      standard: catalog.standards.get(standardId(plan.framework.id, item.standard))!,
    })),
  );
}

/** Actions grouped by each role named as owner (an action with two owners appears under both), roles A–Z. */
export function actionsByOwner(actions: PlannedAction[]): { owner: string; actions: PlannedAction[] }[] {
  const groups = new Map<string, PlannedAction[]>();
  for (const planned of actions) {
    const roles = planned.action.owner?.roles ?? [OWNER_NOT_STATED];
    for (const role of roles) groups.set(role, [...(groups.get(role) ?? []), planned]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === OWNER_NOT_STATED ? 1 : b === OWNER_NOT_STATED ? -1 : a.localeCompare(b)))
    .map(([owner, list]) => ({ owner, actions: list }));
}

/**
 * Actions in due-date order. Actions whose due date is only words ("Already in place and ongoing")
 * or is impossible come last, in plan order, so nothing drops out of the view.
 */
export function actionsByDueDate(actions: PlannedAction[]): { dated: PlannedAction[]; undated: PlannedAction[] } {
  const dated = actions.filter((a) => sortKey(a.action.due) !== undefined);
  const undated = actions.filter((a) => sortKey(a.action.due) === undefined);
  dated.sort(
    (a, b) => sortKey(a.action.due)!.localeCompare(sortKey(b.action.due)!) || a.standard.position - b.standard.position,
  );
  return { dated, undated };
}

/** What is wrong with an action's due date as published, if anything. */
export function dateProblems(plan: ActionPlan, action: Action): DateProblem[] {
  const due = action.due;
  if (!due) return [];
  const problems: DateProblem[] = [];
  if (due.flag === 'impossible-date') {
    problems.push({
      kind: 'impossible-date',
      message: `"${due.asPublished}" is not a real date; it is shown as the plan prints it.`,
    });
  }
  const preparedOn = plan.preparedFor?.date.date;
  const key = sortKey(due);
  if (preparedOn && key && key < preparedOn) {
    problems.push({
      kind: 'before-plan',
      message: `"${due.asPublished}" is before the plan was prepared (${plan.preparedFor!.date.asPublished}); the year may be a mistake in the source.`,
    });
  }
  return problems;
}

/** Every action-plan row that addresses a standard (by standard id), across all councils. */
export function actionsForStandard(catalog: Catalog, id: string) {
  return catalog.entries.actionPlans.flatMap((plan) =>
    plan.data.items
      .filter((item) => standardId(plan.data.framework.id, item.standard) === id)
      .map((item) => ({ plan, item })),
  );
}
