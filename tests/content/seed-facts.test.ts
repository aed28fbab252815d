/**
 * Nothing from the source documents is lost: each test reads a source document (the copies under
 * sources/), picks out its facts with patterns that follow the document's own layout, and checks
 * every one is in the content. Removing a standard, stage, cost line, benefit or action row fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceListTotals } from '../../src/lib/costs';
import { paragraphsOf } from '../../src/lib/strategies';
import type { ListItem } from '../../src/schemas/common';
import { normalise, realCatalog, ROOT } from '../helpers/content';

const catalog = realCatalog();
const source = (name: string) => readFileSync(join(ROOT, 'sources', name), 'utf8');
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);
const framework = (id: string) => catalog.frameworks.get(id)!.data;

describe('East Midlands charter', () => {
  const text = source('east-midlands-charter.txt');
  const fw = framework('east-midlands');

  it('has every standard 1.1 to 4.3 with its number and title', () => {
    const expected = [...text.matchAll(/^- (\d\.\d+) (.+)$/gm)].map((m) => [m[1], normalise(m[2]!)]);
    expect(expected).toHaveLength(23);
    const actual = fw.themes.flatMap((t) => t.standards.map((s) => [s.number, normalise(s.title)]));
    expect(actual).toEqual(expected);
  });

  it('has the four themes', () => {
    const expected = [...text.matchAll(/^(\d)\. (.+)$/gm)].map((m) => [Number(m[1]), normalise(m[2]!)]);
    expect(fw.themes.map((t) => [t.number, normalise(t.title)])).toEqual(expected);
  });

  it('has all six stages in order, each with the source\'s description', () => {
    const stageBlocks = [...text.matchAll(/^Stage (\d): (.+)\n\n(.+)$/gm)];
    expect(stageBlocks).toHaveLength(6);
    expect(fw.stages.map((s) => [s.number, s.title, normalise(s.description ?? "")])).toEqual(
      stageBlocks.map((m) => [Number(m[1]), m[2], normalise(m[3]!)]),
    );
  });

  it('has the re-assessment rule: within a minimum of 3 years, as a desktop review', () => {
    expect(fw.reassessment).toMatchObject({ intervalYears: 3, method: 'Desktop review' });
    expect(normalise(text)).toContain(normalise(fw.reassessment!.asPublished));
  });
});

describe('West Midlands charter', () => {
  const text = source('west-midlands-charter.txt');
  const fw = framework('west-midlands');
  const costs = catalog.costsByFramework.get('west-midlands')!.data;
  const costText = text.slice(text.indexOf('Programme Costs'));

  it('has every cost line of all three price lists, with unit price and quantity', () => {
    const published = lines(costText).filter((l) => /£\d/.test(l) && !l.startsWith('Total'));
    const content = costs.priceLists.flatMap((list) => list.lines);
    expect(content.map((l) => normalise(l.asPublished))).toEqual(published.map(normalise));
    for (const line of content) {
      const [, price, times] = /£(\d+)(?: x (\d))?/.exec(line.asPublished)!;
      expect([line.unitPrice, line.quantity]).toEqual([Number(price), Number(times ?? 1)]);
    }
  });

  it('has each published total, and the Level 2 total that does not match its lines', () => {
    const totals = [...costText.matchAll(/^Total £([\d,]+)$/gm)].map((m) => Number(m[1]!.replace(',', '')));
    expect(totals).toEqual([4480, 3780, 5180, 750]);
    expect(costs.priceLists.map((l) => l.publishedTotal)).toEqual(totals.slice(0, 3));
    expect(costs.recurringFees.map((f) => f.amount)).toEqual([750]);
    expect(costs.priceLists.map((l) => priceListTotals(l).computed)).toEqual([4480, 3780, 5080]);
  });

  it('has every requirement and every benefit', () => {
    const ticks = lines(text).filter((l) => l.startsWith('- ✓')).map((l) => normalise(l.slice(3)));
    expect(ticks).toHaveLength(6);
    expect(fw.requirements.map(normalise)).toEqual(ticks);
    const benefitsText = text.slice(text.indexOf('Benefits'), text.indexOf('What is required?'));
    const bullets = lines(benefitsText).filter((l) => l.startsWith('- ')).map((l) => normalise(l.slice(2)));
    const benefits = catalog.benefitsByFramework.get('west-midlands')!.data.groups.flatMap((g) => flatten(g.items));
    expect(benefits.map(normalise)).toEqual(bullets);
  });

  it('has the contact details as printed', () => {
    const contact = catalog.organisations.get('west-midlands-employers')!.data.contact!;
    expect(text).toContain(`E: ${contact.email} T: ${contact.phone}`);
    expect(text).toContain(`W: ${contact.website}`);
  });
});

describe('LGA Charter and Charter Plus', () => {
  const text = source('lga-charter-values-and-benefits.txt');
  it('has every value, principle, benefit and resource commitment', () => {
    const bullets = lines(text).filter((l) => l.startsWith('·')).map((l) => normalise(l.slice(1)));
    const content = catalog.benefitsByFramework.get('lga')!.data.groups.flatMap((g) => flatten(g.items));
    expect(content.map(normalise)).toEqual(bullets);
  });

  it('has both levels, Charter and Charter Plus', () => {
    expect(framework('lga').levels.map((l) => l.name)).toEqual(['Charter', 'Charter Plus']);
  });
});

describe("Harrow's draft action plan and the framework reconstructed from it", () => {
  const text = source('harrow-draft-action-plan-2008.txt');
  const plan = catalog.actionPlansByCouncil.get('harrow')![0]!.data;
  const rowNumbers = [...text.matchAll(/^(?:G\t)?\t?([1-5]\.\d)\s/gm)].map((m) => m[1]);

  it('has a row for every guideline of sections 1 to 5, in order', () => {
    expect(rowNumbers).toHaveLength(28);
    expect(plan.items.map((i) => i.standard)).toEqual(rowNumbers);
    expect(framework('south-east').themes.flatMap((t) => t.standards.map((s) => s.number))).toEqual(rowNumbers);
  });

  it('keeps each row\'s "what we need to do" in the source\'s words', () => {
    // The PDF's columns interleave in a few rows, so compare the opening words of each row.
    const flat = normalise(text);
    const missing = plan.items.filter((item) => !flat.includes(normalise(item.need).split(' ').slice(0, 5).join(' ')));
    expect(missing.map((i) => i.standard)).toEqual([]);
  });

  it('keeps every dated deadline the source gives', () => {
    const dueWords = plan.items.flatMap((i) => i.actions.map((a) => a.due?.asPublished).filter(Boolean)).map((d) => normalise(d!));
    for (const expected of ['31 december 08', '31st march 09', '30 november 2008', '31 june 2009', 'already in place and ongoing', 'tba by panel – recommend by end of november 2009']) {
      expect(dueWords).toContain(expected);
    }
  });

  it('records the meeting and the target date', () => {
    expect(plan.preparedFor?.date.date).toBe('2008-11-06');
    expect(plan.target?.date.date).toBe('2009-06-30');
  });
});

describe("Derbyshire's Member Development Strategy 2020/21", () => {
  const text = source('derbyshire-member-development-strategy-2020-21.txt');
  const strategy = catalog.strategiesByCouncil.get('derbyshire')![0]!.data;

  it('has every numbered paragraph, duplicates included', () => {
    const numbers = [...text.matchAll(/^(?:- )?(\d\.\d{1,2}) /gm)].map((m) => m[1]);
    const content = paragraphsOf(strategy).flatMap((p) => (p.number ? [p.number] : []));
    expect(content).toEqual(numbers);
  });

  it('has all eight sections with their titles', () => {
    const titles = [...text.matchAll(/^(\d)\. (.+)$/gm)].map((m) => [Number(m[1]), normalise(m[2]!)]);
    expect(strategy.sections.map((s) => [s.number, normalise(s.title)])).toEqual(titles);
  });

  it('has every ✓ duty of the working group and every ❖ commitment', () => {
    const ticks = lines(text).filter((l) => l.startsWith('- ✓')).map((l) => normalise(l.slice(3)));
    const duties = paragraphsOf(strategy)
      .filter((p) => p.role === 'working-group-duties' || p.role === 'working-group-support-duties')
      .flatMap((p) => flatten(p.list ?? []));
    expect(duties.map(normalise)).toEqual(ticks);
    const commitments = lines(text).filter((l) => l.startsWith('- ❖')).map((l) => normalise(l.slice(3)));
    expect(strategy.commitments!.items.map(normalise)).toEqual(commitments);
  });

  it('has the leadership programme modules and the charter it commits to', () => {
    const modules = paragraphsOf(strategy).find((p) => p.role === 'leadership-modules')!.list!.map((i) => i.text);
    expect(modules).toEqual(['Local Leadership', 'Partnership Working', 'Communications Skills', 'Political Understanding', 'Scrutiny and Challenge', 'Regulating and Monitoring']);
    expect(strategy.charters.map((c) => c.framework.id)).toEqual(['east-midlands']);
    expect(strategy.accreditation?.assessmentExpectedBy?.month).toBe('2021-12');
  });
});

describe('sources', () => {
  it('are byte-for-byte the seed documents, where the shared seeds are beside the repository', () => {
    const seeds = join(ROOT, '..', 'shared', 'seeds');
    if (!existsSync(seeds)) return; // Without ../shared, the copies under sources/ are the reference.
    const names = readdirSync(seeds);
    const copies = ['east-midlands-charter.txt', 'west-midlands-charter.txt', 'lga-charter-values-and-benefits.txt', 'harrow-draft-action-plan-2008.txt', 'derbyshire-member-development-strategy-2020-21.txt'];
    expect(names.sort().map((n) => readFileSync(join(seeds, n), 'utf8'))).toEqual(copies.map(source));
  });
});
