/**
 * The built site (dist/) shows what the content says. Expected values come from the content
 * (loaded through the schemas), so the tests follow content changes; a page that drops a
 * standard, stage, cost line or action row fails.
 */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import type { ListItem } from '../../src/schemas/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { realCatalog, ROOT } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';
import { linesTotal, pounds } from '../helpers/printed';
import { contentPaths } from '../helpers/site-checks';

const catalog = realCatalog();
const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);

/** The summary list that opens a page's content: the first <dl> in <main> and the headings before it. */
const opening = (doc: ReturnType<typeof page>) => {
  const main = doc.querySelector('main')!;
  const dl = main.querySelector('dl.summary-list')!;
  const rows = new Map(
    dl.querySelectorAll(':scope > div').map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]),
  );
  const html = main.innerHTML;
  return {
    rows,
    before: (a: string, b: string) => html.indexOf(a) >= 0 && html.indexOf(a) < html.indexOf(b),
    dlAt: html.indexOf('<dl'),
  };
};
const NOT_STATED = 'Not stated in the source';

describe('every page has the frame a reader relies on', () => {
  const samples = [
    paths.home(),
    paths.framework('east-midlands'),
    paths.standard('east-midlands', '2.9'),
    paths.costs('west-midlands'),
    paths.actionPlan('harrow', 'harrow-2008'),
    '/404.html',
  ];
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

describe('tables wider than the screen', () => {
  it('every table that scrolls sideways sits in a labelled region that takes focus, so a keyboard can scroll it', () => {
    const wraps = contentPaths(DIST).flatMap((path) =>
      page(path)
        .querySelectorAll('.table-wrap')
        .map((el) => ({ path, el })),
    );
    expect(wraps.length).toBeGreaterThan(10);
    for (const { path, el } of wraps) {
      expect(el.tagName === 'SECTION' || el.getAttribute('role') === 'region', path).toBe(true);
      expect(el.getAttribute('aria-label')?.trim(), path).toBeTruthy();
      expect(el.getAttribute('tabindex'), path).toBe('0');
    }
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
      expect(links).toEqual(
        [...catalog.standards.values()].filter((r) => r.frameworkId === id).map((r) => paths.standard(id, r.slug)),
      );
      expect(text(doc.querySelector('.source'))).toContain(fw.source.title);
    });
  }

  for (const [id, entry] of catalog.frameworks) {
    const fw = entry.data;
    it(`${id}: opens with the answer (who runs it, status, levels, costs, award length, re-assessment), then contents, then the sections`, () => {
      const doc = page(paths.framework(id));
      const { rows, before } = opening(doc);
      expect([...rows.keys()]).toEqual([
        'Run by',
        'Status',
        'Levels',
        'What accreditation costs',
        'How long an award lasts',
        'When re-assessment falls due',
      ]);
      expect(rows.get('Run by')).toContain(catalog.organisations.get(fw.owner.organisation.id)!.data.name);
      expect(rows.get('Status')!.toLowerCase()).toContain(fw.status);
      expect(rows.get('Levels')).toBe(fw.levels.length ? fw.levels.map((l) => l.name).join(', ') : NOT_STATED);
      const costs = catalog.costsByFramework.get(id)?.data;
      if (costs)
        for (const list of costs.priceLists)
          expect(rows.get('What accreditation costs')).toContain(pounds(list.publishedTotal ?? linesTotal(list)));
      else expect(rows.get('What accreditation costs')).toBe(NOT_STATED);
      expect(rows.get('How long an award lasts')).toBe(
        fw.awardDuration?.asPublished.replace(/\s+/g, ' ') ?? NOT_STATED,
      );
      expect(rows.get('When re-assessment falls due')).toBe(
        fw.reassessment?.asPublished.replace(/\s+/g, ' ') ?? NOT_STATED,
      );
      // Then a contents list linking each section, before the sections; the narrative after the standards.
      const contents = doc.querySelectorAll('main nav.contents-list a').map((a) => a.getAttribute('href')!);
      expect(contents).toContain('#standards-heading');
      for (const href of contents) expect(doc.querySelector(href), href).not.toBeNull();
      expect(before('contents-heading', 'stages-heading')).toBe(true);
      expect(before('stages-heading', 'standards-heading')).toBe(true);
      const body = readFileSync(join(ROOT, entry.filePath!), 'utf8')
        .split(/^---$/m)
        .slice(2)
        .join('---')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .find((p) => /^[A-Z]/.test(p));
      expect(body, `${id} has a narrative`).toBeDefined();
      if (body)
        expect(
          before('standards-heading', body.split(' ').slice(0, 4).join(' ').replace(/'/g, '’')) ||
            before('standards-heading', body.split(' ').slice(0, 4).join(' ')),
          `${id}: "${body.slice(0, 30)}" after the standards`,
        ).toBe(true);
    });
  }

  it('says the South East framework is reconstructed and its owner attributed', () => {
    const main = text(page(paths.framework('south-east')).querySelector('main'));
    expect(main).toContain('Reconstructed from the GUIDELINES column');
    expect(main).toContain("Not named in the source: an attribution by this site's editors.");
  });

  it('shows the East Midlands re-assessment rule in its own words, with the period and method it states', () => {
    const rule = page(paths.framework('east-midlands')).querySelector('.timing-rules > div')!;
    expect(text(rule.querySelector('dt'))).toBe('Re-assessment');
    expect(text(rule.querySelector('.as-published'))).toBe(
      '“A re-assessment will therefore take place within a minimum of 3 years. The re-assessment will take the form of a desktop review.”',
    );
    expect(rule.querySelectorAll('li').map(text)).toEqual(['Period stated: 3 years', 'Method: Desktop review']);
  });

  it('shows the West Midlands rule that there is no time limit between declaration and assessment', () => {
    const rules = page(paths.framework('west-midlands')).querySelectorAll('.timing-rules > div');
    expect(rules.map((r) => text(r.querySelector('dt')))).toEqual(['From commitment to assessment']);
    expect(text(rules[0]!.querySelector('.as-published'))).toBe(
      '“There is no time limit between declaration and assessment.”',
    );
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
  it('exist at a stable URL for every standard, titled with number and title, linking their framework', () => {
    for (const record of catalog.standards.values()) {
      const doc = page(paths.standard(record.frameworkId, record.slug));
      expect(text(doc.querySelector('h1'))).toBe(
        [record.standard.number, record.standard.title].filter((part) => part !== undefined).join(' '),
      );
      expect(
        doc.querySelector(`main a[href="${paths.framework(record.frameworkId)}"]`),
        'links its framework',
      ).not.toBeNull();
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
      expect(table.querySelectorAll('tbody tr').map((tr) => text(tr.querySelector('th')))).toEqual(
        list.lines.map((l) => l.activity),
      );
      expect(text(table.querySelector('[data-total="computed"]'))).toBe(pounds(linesTotal(list)));
      expect(text(table.querySelector('[data-total="published"]'))).toBe(pounds(list.publishedTotal!));
    });
  });

  it('gives every line its unit price, quantity and line total (unit price times quantity) as the costs file states them', () => {
    const lines = costs.priceLists.flatMap((list) => list.lines);
    expect(
      lines.some((l) => (l.quantity ?? 1) > 1),
      'some line is "£750 x 2"',
    ).toBe(true);
    const printed = doc
      .querySelectorAll('.price-list table tbody tr')
      .map((tr) =>
        ['Unit price', 'Quantity', 'Line total'].map((label) => text(tr.querySelector(`[data-label="${label}"]`))),
      );
    expect(printed).toEqual(
      lines.map((l) => [
        pounds(l.unitPrice),
        `${l.quantity ?? 1}${l.unit ? ` (${l.unit})` : ''}`,
        pounds(l.unitPrice * (l.quantity ?? 1)),
      ]),
    );
  });

  it('leads with the price of each level and pathway as the source states it, and no column repeating each row', () => {
    const { rows, dlAt } = opening(doc);
    expect(dlAt).toBeLessThan(doc.querySelector('main')!.innerHTML.indexOf('<table'));
    const prices = [...rows.values()].join(' | ');
    for (const list of costs.priceLists) expect(prices).toContain(pounds(list.publishedTotal ?? linesTotal(list)));
    for (const fee of costs.recurringFees) expect(prices).toContain(pounds(fee.amount));
    expect(doc.querySelectorAll('main th').map((th) => text(th))).not.toContain('As published');
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
  // Expected values come from the plan file itself, not from the module that groups the pages' rows.
  const actions = plan.items.flatMap((item) => item.actions.map((action) => ({ standard: item.standard, action })));
  /** What identifies an action in a table row: its words as the plan prints them. */
  const words = (a: (typeof actions)[number]['action']) => (a.action ?? a.resources!).replace(/\s+/g, ' ');

  it('has one table row per action, grouped by the five sections, each row anchored by its standard', () => {
    const doc = page(paths.actionPlan('harrow', entry.id));
    expect(doc.querySelectorAll('main table caption').map((c) => text(c))).toEqual(
      catalog.frameworks.get('south-east')!.data.themes.map((t) => `Section ${t.number}: ${t.title}`),
    );
    const rows = doc.querySelectorAll('main tbody tr');
    expect(actions.length).toBeGreaterThan(plan.items.length);
    expect(rows).toHaveLength(actions.length);
    rows.forEach((row, i) => expect(text(row), actions[i]!.standard).toContain(words(actions[i]!.action)));
    expect(doc.querySelectorAll('main tbody tr[id]').map((tr) => tr.id)).toEqual(
      plan.items.map((i) => `row-${i.standard}`),
    );
  });

  it('shows the impossible date as published, flagged', () => {
    const row = page(paths.actionPlan('harrow', entry.id)).querySelector('[id="row-4.3"]');
    expect(text(row)).toContain('31 June 2009');
    expect(text(row)).toContain('Date problem: "31 June 2009" is not a real date');
  });

  it('by owner: a section per role named as owner, A to Z, each with every action that role owns', () => {
    const doc = page(paths.actionPlanByOwner('harrow', entry.id));
    const roles = [...new Set(actions.flatMap((a) => a.action.owner?.roles ?? []))].sort((a, b) => a.localeCompare(b));
    const unowned = actions.filter((a) => !a.action.owner);
    expect(roles.length).toBeGreaterThan(1);
    const sections = doc.querySelectorAll('main section').filter((s) => s.querySelector('h2'));
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      ...roles,
      ...(unowned.length ? ['Owner not stated'] : []),
    ]);
    for (const section of sections) {
      const role = text(section.querySelector('h2'));
      const owned = role === 'Owner not stated' ? unowned : actions.filter((a) => a.action.owner?.roles.includes(role));
      const rows = section.querySelectorAll('tbody tr');
      expect(rows, role).toHaveLength(owned.length);
      rows.forEach((row, i) => expect(text(row), role).toContain(words(owned[i]!.action)));
    }
  });

  it('by due date: every action once, real dates first in date order, then the rest in plan order', () => {
    const doc = page(paths.actionPlanByDueDate('harrow', entry.id));
    const [datedTable, undatedTable] = doc.querySelectorAll('main table');
    const when = (a: (typeof actions)[number]) =>
      a.action.due?.flag === 'impossible-date' ? undefined : (a.action.due?.date ?? a.action.due?.month);
    const dated = actions.filter((a) => when(a) !== undefined);
    const undated = actions.filter((a) => when(a) === undefined);
    expect(dated.length).toBeGreaterThan(0);
    expect(undated.length).toBeGreaterThan(0);
    expect(datedTable!.querySelectorAll('tbody tr')).toHaveLength(dated.length);
    expect(undatedTable!.querySelectorAll('tbody tr').map((tr) => text(tr))).toEqual(
      undated.map((a) => expect.stringContaining(words(a.action))),
    );
    const times = datedTable!
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelector('time')?.getAttribute('datetime'));
    expect([...times].sort()).toEqual(dated.map(when).sort());
    // A deadline given as a month ("November 2008") falls due at the month's end.
    const byEnd = (t: string | undefined) => (t && t.length === 7 ? `${t}-31` : t);
    expect(times.map(byEnd), 'in date order').toEqual(times.map(byEnd).sort());
  });
});

describe('strategy page', () => {
  const entry = catalog.strategiesByCouncil.get('derbyshire')![0]!;
  const doc = page(paths.strategy('derbyshire', entry.id));
  const main = text(doc.querySelector('main'));

  it('shows every paragraph, list item and commitment', () => {
    // Every section's paragraphs and its subsections', as the strategy file gives them.
    const paragraphs = entry.data.sections.flatMap((s) => [
      ...s.paragraphs,
      ...s.subsections.flatMap((sub) => sub.paragraphs),
    ]);
    for (const p of paragraphs) {
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

describe('region, organisation, council and topic list pages', () => {
  const hrefs = (path: string) =>
    page(path)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));

  it('each region page names the region and links every framework, organisation and council in it', () => {
    expect(catalog.regions.size).toBeGreaterThan(0);
    for (const [id, region] of catalog.regions) {
      const doc = page(paths.region(id));
      expect(text(doc.querySelector('h1'))).toBe(region.data.name);
      const links = hrefs(paths.region(id));
      for (const [fwId, fw] of catalog.frameworks)
        if (fw.data.regions.some((r) => r.id === id)) expect(links, `${id}: ${fwId}`).toContain(paths.framework(fwId));
      for (const [orgId, org] of catalog.organisations)
        if (org.data.regions.some((r) => r.id === id))
          expect(
            links.some((l) => l?.endsWith(`#${orgId}`)),
            `${id}: ${orgId}`,
          ).toBe(true);
      for (const [councilId, council] of catalog.councils)
        if (council.data.region.id === id) expect(links, `${id}: ${councilId}`).toContain(paths.council(councilId));
    }
  });

  it("the organisations page has a section per organisation, in the content's words", () => {
    const names = page(paths.organisations()).querySelectorAll('main h2').map(text);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toHaveLength(catalog.organisations.size);
    for (const org of catalog.organisations.values())
      expect(
        names.filter((n) => n.startsWith(org.data.name)),
        org.data.name,
      ).toHaveLength(1);
  });

  it('each council page names the council and links its region and every strategy and action plan', () => {
    expect(catalog.councils.size).toBeGreaterThan(0);
    for (const [id, council] of catalog.councils) {
      expect(text(page(paths.council(id)).querySelector('h1'))).toBe(council.data.name);
      const links = hrefs(paths.council(id));
      expect(links).toContain(paths.region(council.data.region.id));
      for (const plan of catalog.actionPlansByCouncil.get(id) ?? [])
        expect(links).toContain(paths.actionPlan(id, plan.id));
      for (const strategy of catalog.strategiesByCouncil.get(id) ?? [])
        expect(links).toContain(paths.strategy(id, strategy.id));
    }
  });

  it('the topics page links every topic by name', () => {
    const links = page(paths.topics())
      .querySelectorAll('main a')
      .filter((a) => a.getAttribute('href')?.startsWith('/topics/'));
    expect(links.map((a) => [a.getAttribute('href'), text(a)]).sort()).toEqual(
      [...catalog.topics].map(([id, t]) => [paths.topic(id), t.data.name]).sort(),
    );
  });
});
