import { describe, expect, it } from 'vitest';
import {
  actionsByDueDate,
  actionsByOwner,
  actionsForStandard,
  dateProblems,
  planSections,
  plannedActions,
} from '../../src/lib/action-plans/action-plans';
import { duplicateParagraphNumbers, paragraphsWithRole } from '../../src/lib/strategies/strategies';
import { frozenCatalog } from '../helpers/content';

const catalog = frozenCatalog();
const plan = catalog.actionPlansByCouncil.get('harrow')![0]!.data;
const actions = plannedActions(catalog, plan);

describe('action plan views', () => {
  it("groups rows under the framework's five sections in number order", () => {
    const sections = planSections(catalog, plan);
    expect(sections.map((s) => s.theme.number)).toEqual([1, 2, 3, 4, 5]);
    expect(sections.flatMap((s) => s.items.map((i) => i.item.standard))).toEqual(plan.items.map((i) => i.standard));
  });

  it('lists an action under each of its owners and keeps every action', () => {
    const groups = actionsByOwner(actions);
    const manager = groups.find((g) => g.owner === 'Learning and Development Manager')!;
    expect(manager.actions.length).toBeGreaterThan(10);
    const named = new Set(groups.flatMap((g) => g.actions));
    expect(named.size).toBe(actions.length);
    expect(groups.at(-1)!.owner).toBe('Owner not stated');
  });

  it('sorts dated actions by date and keeps the undated ones', () => {
    const { dated, undated } = actionsByDueDate(actions);
    expect(dated.length + undated.length).toBe(actions.length);
    const keys = dated.map((a) => a.action.due!.date ?? a.action.due!.month!);
    expect(keys[0]!.startsWith('2008-01')).toBe(true);
    expect(undated.map((a) => a.action.due?.asPublished)).toContain('31 June 2009');
    expect(undated.map((a) => a.action.due?.asPublished)).toContain('Already in place and ongoing');
  });

  it('flags the impossible date and the dates before the plan was prepared', () => {
    const problems = actions.flatMap((a) => dateProblems(plan, a.action).map((p) => `${a.item.standard} ${p.kind}`));
    expect(problems).toEqual(['3.3 before-plan', '3.5 before-plan', '4.3 impossible-date']);
  });

  it('finds the plan rows that address a standard', () => {
    const rows = actionsForStandard(catalog, 'south-east/2.7');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.item.need).toMatch(/^We need to ensure that new councillors receive a structured induction/);
  });
});

describe('strategies', () => {
  const strategy = catalog.strategiesByCouncil.get('derbyshire')![0]!.data;
  it('finds the paragraph numbers the source prints twice', () => {
    expect(duplicateParagraphNumbers(strategy)).toEqual(['1.2', '5.19', '5.20']);
  });
  it('finds the aims and objectives by role', () => {
    expect(paragraphsWithRole(strategy, 'aims')[0]!.list).toHaveLength(4);
    expect(paragraphsWithRole(strategy, 'objectives').flatMap((p) => p.list ?? []).length).toBe(9);
  });
});
