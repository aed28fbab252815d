/**
 * The built site (dist/) shows what the content says. Expected values come from the content
 * (loaded through the schemas), so the tests follow content changes; a page that drops a
 * standard, stage, cost line or action row fails.
 */
import { describe, expect, it } from 'vitest';
import { actionsByDueDate, actionsByOwner, plannedActions } from '../../src/lib/actionPlans';
import { formatPounds, priceListTotals } from '../../src/lib/costs';
import { paragraphsOf } from '../../src/lib/strategies';
import { paths } from '../../src/lib/urls';
import type { ListItem } from '../../src/schemas/common';
import { realCatalog } from '../helpers/content';
import { page, text } from '../helpers/dist';

const catalog = realCatalog();
const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);

describe('every page has the frame a reader relies on', () => {
  const samples = [paths.home(), paths.framework('east-midlands'), paths.standard('east-midlands', '2.9'), paths.costs('west-midlands'), paths.actionPlan('harrow', 'harrow-2008'), '/404.html'];
  it.each(samples)('%s has one h1, a skip link to main, a labelled nav and no script', (path) => {
    const doc = page(path);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main-content');
    expect(doc.querySelector('main#main-content')).not.toBeNull();
    expect(doc.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('framework pages', () => {
  for (const [id, entry] of catalog.frameworks) {
    const fw = entry.data;
    it(`${id}: lists every stage in order and every standard, linked to its own page`, () => {
      const doc = page(paths.framework(id));
      expect(text(doc.querySelector('h1'))).toBe(fw.title);
      expect(doc.querySelectorAll('.stage-list > li h3').map((h) => text(h))).toEqual(
        fw.stages.map((s) => `${s.number !== undefined ? `Stage ${s.number}: ` : ''}${s.title}`),
      );
      const links = doc.querySelectorAll('.standard-list a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(fw.themes.flatMap((t) => t.standards.map((s) => paths.standard(id, s.number))));
      expect(text(doc.querySelector('.source'))).toContain(fw.source.title);
    });
  }

  it('says the South East framework is reconstructed and its owner attributed', () => {
    const main = text(page(paths.framework('south-east')).querySelector('main'));
    expect(main).toContain('Reconstructed from the GUIDELINES column');
    expect(main).toContain('likely owner, attributed');
  });

  it('shows the East Midlands re-assessment rule in its own words, with the period and method it states', () => {
    const rule = page(paths.framework('east-midlands')).querySelector('.timing-rules > div')!;
    expect(text(rule.querySelector('dt'))).toBe('Re-assessment');
    expect(text(rule.querySelector('.as-published'))).toBe('“A re-assessment will therefore take place within a minimum of 3 years. The re-assessment will take the form of a desktop review.”');
    expect(rule.querySelectorAll('li').map(text)).toEqual(['Period stated: 3 years', 'Method: Desktop review']);
  });

  it('shows the West Midlands rule that there is no time limit between declaration and assessment', () => {
    const rules = page(paths.framework('west-midlands')).querySelectorAll('.timing-rules > div');
    expect(rules.map((r) => text(r.querySelector('dt')))).toEqual(['From commitment to assessment']);
    expect(text(rules[0]!.querySelector('.as-published'))).toBe('“There is no time limit between declaration and assessment.”');
    expect(rules[0]!.querySelectorAll('li').map(text)).toEqual(['Time limit: None']);
  });

  it('shows every LGA value and benefit, and the West Midlands benefits', () => {
    for (const id of ['lga', 'west-midlands']) {
      const main = text(page(paths.framework(id)).querySelector('main'));
      for (const item of catalog.benefitsByFramework.get(id)!.data.groups.flatMap((g) => flatten(g.items))) {
        expect(main).toContain(item.replace(/\s+/g, ' '));
      }
    }
  });
});

describe('standard pages', () => {
  it('exist at a stable URL for every standard, titled with number and title', () => {
    for (const record of catalog.standards.values()) {
      const doc = page(paths.standard(record.frameworkId, record.standard.number));
      expect(text(doc.querySelector('h1'))).toBe(`${record.standard.number} ${record.standard.title}`);
      expect(text(doc.querySelector('main'))).toContain(record.id);
    }
  });

  it('link to the action-plan rows that address them', () => {
    const doc = page(paths.standard('south-east', '2.7'));
    expect(doc.querySelector(`a[href="${paths.actionPlan('harrow', 'harrow-2008')}#row-2.7"]`)).not.toBeNull();
  });
});

describe('costs page', () => {
  const costs = catalog.costsByFramework.get('west-midlands')!.data;
  const doc = page(paths.costs('west-midlands'));

  it('has a captioned table per price list with every line and both totals', () => {
    const tables = doc.querySelectorAll('.price-list table');
    expect(tables).toHaveLength(costs.priceLists.length);
    costs.priceLists.forEach((list, i) => {
      const table = tables[i]!;
      expect(text(table.querySelector('caption'))).toContain(list.title);
      expect(table.querySelectorAll('tbody tr').map((tr) => text(tr.querySelector('th')))).toEqual(list.lines.map((l) => l.activity));
      const totals = priceListTotals(list);
      expect(text(table.querySelector('[data-total="computed"]'))).toBe(formatPounds(totals.computed));
      expect(text(table.querySelector('[data-total="published"]'))).toBe(formatPounds(totals.published!));
    });
  });

  it('says plainly that the Level 2 total differs from its lines', () => {
    const notices = doc.querySelectorAll('.notice--inconsistency').map((n) => text(n));
    expect(notices).toEqual([
      'Inconsistency in the source: The source states a total of £5,180, but its lines add up to £5,080: the stated total is £100 more than the sum of the lines.',
    ]);
  });

  it('shows the annual portal licence fee', () => {
    expect(text(doc.querySelector('#recurring-heading + .table-wrap tbody'))).toContain('£750');
  });
});

describe('action plan pages', () => {
  const entry = catalog.actionPlansByCouncil.get('harrow')![0]!;
  const plan = entry.data;
  const actions = plannedActions(catalog, plan);

  it('has one table row per action, grouped by the five sections, each row anchored by its standard', () => {
    const doc = page(paths.actionPlan('harrow', entry.id));
    expect(doc.querySelectorAll('main table caption').map((c) => text(c))).toEqual(
      catalog.frameworks.get('south-east')!.data.themes.map((t) => `Section ${t.number}: ${t.title}`),
    );
    expect(doc.querySelectorAll('main tbody tr')).toHaveLength(actions.length);
    expect(doc.querySelectorAll('main tbody tr[id]').map((tr) => tr.id)).toEqual(plan.items.map((i) => `row-${i.standard}`));
  });

  it('shows the impossible date as published, flagged', () => {
    const row = page(paths.actionPlan('harrow', entry.id)).querySelector('[id="row-4.3"]');
    expect(text(row)).toContain('31 June 2009');
    expect(text(row)).toContain('Date problem: "31 June 2009" is not a real date');
  });

  it('by owner: a section per owner with all their actions', () => {
    const doc = page(paths.actionPlanByOwner('harrow', entry.id));
    const groups = actionsByOwner(actions);
    expect(doc.querySelectorAll('main section > h2').map((h) => text(h))).toEqual(groups.map((g) => g.owner));
    expect(doc.querySelectorAll('main section tbody tr').length).toBe(groups.reduce((n, g) => n + g.actions.length, 0));
  });

  it('by due date: every action, dated ones in date order', () => {
    const doc = page(paths.actionPlanByDueDate('harrow', entry.id));
    const { dated, undated } = actionsByDueDate(actions);
    const [datedTable, undatedTable] = doc.querySelectorAll('main table');
    expect(datedTable!.querySelectorAll('tbody tr')).toHaveLength(dated.length);
    expect(undatedTable!.querySelectorAll('tbody tr')).toHaveLength(undated.length);
    const times = datedTable!.querySelectorAll('time').map((t) => t.getAttribute('datetime')!);
    expect(times).toEqual(dated.map((a) => a.action.due!.date ?? a.action.due!.month!));
  });
});

describe('strategy page', () => {
  const entry = catalog.strategiesByCouncil.get('derbyshire')![0]!;
  const doc = page(paths.strategy('derbyshire', entry.id));
  const main = text(doc.querySelector('main'));

  it('shows every paragraph, list item and commitment', () => {
    for (const p of paragraphsOf(entry.data)) {
      if (p.text) expect(main).toContain(p.text.replace(/\s+/g, ' '));
      for (const item of flatten(p.list ?? [])) expect(main).toContain(item.replace(/\s+/g, ' '));
    }
    for (const c of entry.data.commitments!.items) expect(main).toContain(c.replace(/\s+/g, ' '));
  });

  it('links the charter it commits to and flags the repeated paragraph numbers', () => {
    expect(doc.querySelector(`main a[href="${paths.framework('east-midlands')}"]`)).not.toBeNull();
    expect(main).toContain('The source numbers more than one paragraph 1.2, 5.19, 5.20');
  });
});
