/**
 * Nothing from the source documents is lost: each test reads a source document (the copies under
 * sources/), picks out its facts with patterns that follow the document's own layout, and checks
 * every one is in the content. Removing a standard, stage, cost line, benefit or action row fails here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceListTotals } from '../../src/lib/costs/totals';
import { paragraphsOf } from '../../src/lib/strategies/strategies';
import type { ListItem } from '../../src/schemas/common';
import { normalise, realCatalog, ROOT } from '../helpers/content';

const catalog = realCatalog();
const source = (name: string) => readFileSync(join(ROOT, 'sources', name), 'utf8');
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const flatten = (items: ListItem[]): string[] => items.flatMap((i) => [i.text, ...flatten(i.items ?? [])]);
const framework = (id: string) => catalog.frameworks.get(id)!.data;
/** The name of the copy of a framework's source kept in sources/; every seeded framework keeps one. */
const keptCopy = (fw: { shortTitle: string; source: { file?: string | undefined } }): string => {
  if (!fw.source.file) throw new Error(`${fw.shortTitle} keeps no copy of its source in sources/`);
  return fw.source.file.replace(/^sources\//, '');
};

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
    expect(fw.themes.map((t) => [t.number, normalise(t.title ?? '')])).toEqual(expected);
  });

  it("has all six stages in order, each with the source's description", () => {
    const stageBlocks = [...text.matchAll(/^Stage (\d): (.+)\n\n(.+)$/gm)];
    expect(stageBlocks).toHaveLength(6);
    expect(fw.stages.map((s) => [s.number, s.title, normalise(s.description ?? '')])).toEqual(
      stageBlocks.map((m) => [Number(m[1]), m[2], normalise(m[3]!)]),
    );
  });

  it('has the re-assessment rule: within a minimum of 3 years, as a desktop review', () => {
    expect(fw.reassessment).toMatchObject({ years: 3, method: 'Desktop review' });
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
    const ticks = lines(text)
      .filter((l) => l.startsWith('- ✓'))
      .map((l) => normalise(l.slice(3)));
    expect(ticks).toHaveLength(6);
    expect(fw.requirements.map(normalise)).toEqual(ticks);
    const benefitsText = text.slice(text.indexOf('Benefits'), text.indexOf('What is required?'));
    const bullets = lines(benefitsText)
      .filter((l) => l.startsWith('- '))
      .map((l) => normalise(l.slice(2)));
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
    const bullets = lines(text)
      .filter((l) => l.startsWith('·'))
      .map((l) => normalise(l.slice(1)));
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

  // The PDF's table as text: one line per table row or continuation line, cells split by tabs, the
  // last three cells being the action (with its resources), when and who.
  const tableLines = text
    .slice(text.indexOf('ACTION PLAN'))
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 5 && !cells.some((c) => /^(GUIDELINES|-+)$/.test(c.trim())));
  const actions = plan.items.flatMap((item) => item.actions.map((action) => ({ standard: item.standard, ...action })));
  /** Compared without spaces: the PDF breaks words ("2 nd", "31 st") and joins cells where the content does not. */
  const squash = (s: string) => normalise(s).replace(/\s+/g, '');
  const flat = squash(text);
  /** Rows the PDF's columns interleave (4.2): their words are all in the row, but not in one run. */
  const interleaved = new Set(['4.2']);
  const rowText = (standard: string) =>
    normalise(
      text.slice(text.search(new RegExp(`^${standard.replace('.', '\\.')}\\t`, 'm'))).split(/\n\s*\n(?=\d\.\d\t)/)[0]!,
    );

  it("has every action of every row in the source's words, with its resources", () => {
    expect(tableLines.length).toBeGreaterThan(28);
    expect(actions.length).toBeGreaterThanOrEqual(plan.items.length);
    for (const a of actions) {
      for (const words of [a.action, a.resources]) {
        if (!words) continue;
        if (interleaved.has(a.standard)) {
          const row = rowText(a.standard);
          expect(
            normalise(words)
              .split(' ')
              .filter((w) => !row.includes(w)),
            `${a.standard}: ${words}`,
          ).toEqual([]);
        } else expect(flat, `${a.standard}: ${words}`).toContain(squash(words));
      }
    }
    // And the other way: every action cell of the source is in the content, in the source's order.
    const published = squash(actions.map((a) => `${a.action ?? ''} ${a.resources ?? ''}`).join(' ')).replace(
      /resources:?/g,
      '',
    );
    const cells = tableLines.map((cells) => cells.at(-3)!.trim()).filter(Boolean);
    expect(cells.length).toBeGreaterThan(28);
    expect(cells.filter((cell) => !published.includes(squash(cell).replace(/resources:?/g, '')))).toEqual([]);
  });

  it('has every action\'s due date and owner as published, and every "by when" and "by who" cell of the source', () => {
    const dues = actions.flatMap((a) => (a.due ? [a.due.asPublished] : []));
    const owners = actions.flatMap((a) => (a.owner ? [a.owner.asPublished] : []));
    expect(dues.length).toBeGreaterThanOrEqual(plan.items.length);
    expect(owners.length).toBeGreaterThanOrEqual(plan.items.length);
    for (const published of [...dues, ...owners]) expect(flat, published).toContain(squash(published));
    const [whens, whos] = [2, 1].map((fromEnd) =>
      tableLines.map((cells) => cells.at(-fromEnd)!.trim()).filter(Boolean),
    );
    expect(whens!.length).toBeGreaterThan(28);
    expect(whens!.filter((cell) => !dues.some((d) => squash(d).includes(squash(cell))))).toEqual([]);
    expect(whos!.filter((cell) => !owners.some((o) => squash(o).includes(squash(cell))))).toEqual([]);
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
    const ticks = lines(text)
      .filter((l) => l.startsWith('- ✓'))
      .map((l) => normalise(l.slice(3)));
    const duties = paragraphsOf(strategy)
      .filter((p) => p.role === 'working-group-duties' || p.role === 'working-group-support-duties')
      .flatMap((p) => flatten(p.list ?? []));
    expect(duties.map(normalise)).toEqual(ticks);
    const commitments = lines(text)
      .filter((l) => l.startsWith('- ❖'))
      .map((l) => normalise(l.slice(3)));
    expect(strategy.commitments!.items.map(normalise)).toEqual(commitments);
  });

  it('has the leadership programme modules and the charter it commits to', () => {
    const modules = paragraphsOf(strategy)
      .find((p) => p.role === 'leadership-modules')!
      .list!.map((i) => i.text);
    expect(modules).toEqual([
      'Local Leadership',
      'Partnership Working',
      'Communications Skills',
      'Political Understanding',
      'Scrutiny and Challenge',
      'Regulating and Monitoring',
    ]);
    expect(strategy.charters.map((c) => c.framework.id)).toEqual(['east-midlands']);
    expect(strategy.accreditation?.assessmentExpectedBy?.month).toBe('2021-12');
  });
});

describe('every framework, price list and benefit list in the content', () => {
  /**
   * How each framework's source gives its stages. A framework without an entry fails, so a new
   * framework cannot go unchecked: add how its source lists its stages.
   */
  const stageSources: Record<string, (fw: ReturnType<typeof framework>, text: string) => void> = {
    'east-midlands': (fw, text) => {
      const blocks = [...text.matchAll(/^Stage (\d): (.+)\n\n(.+)$/gm)];
      expect(fw.stages.map((s) => [s.number, s.title, normalise(s.description ?? '')])).toEqual(
        blocks.map((m) => [Number(m[1]), m[2], normalise(m[3]!)]),
      );
    },
    // The source describes the process in one paragraph: declaration, portfolio, external assessment, award.
    'west-midlands': (fw, text) => {
      const paragraph = normalise(text.split('\n').find((l) => l.startsWith('To start the accreditation process'))!);
      const mentions = fw.stages.map((s) => paragraph.indexOf(normalise(s.title).replace(/^award$/, 'awarded')));
      expect(
        mentions.every((at) => at >= 0),
        `every stage is named in: ${paragraph}`,
      ).toBe(true);
      expect(mentions, "the stages in the source's order").toEqual([...mentions].sort((a, b) => a - b));
      expect(mentions).toHaveLength(4);
      // Each description is in the source's words.
      const reworded: Record<string, string[]> = {};
      for (const stage of fw.stages) {
        const words = normalise(stage.description ?? '')
          .replace(/[.,]/g, '')
          .split(' ');
        expect(
          words.filter((w) => !normalise(text).includes(w)),
          stage.title,
        ).toEqual(reworded[stage.title] ?? []);
      }
    },
    // Neither source names a stage: the content must not invent one.
    lga: (fw, text) => {
      expect(text).not.toMatch(/\bstage\b/i);
      expect(fw.stages).toEqual([]);
    },
    'south-east': (fw, text) => {
      expect(text).not.toMatch(/\bstage\b/i);
      expect(fw.stages).toEqual([]);
    },
  };

  const frameworks = [...catalog.frameworks].map(([id, e]) => ({ id, fw: e.data }));
  it.each(frameworks)('$id: every stage as its source gives it', ({ id, fw }) => {
    const check = stageSources[id];
    expect(check, `no stage check for ${id}: say in this file how its source lists its stages`).toBeDefined();
    check!(fw, source(keptCopy(fw)));
  });

  it('checks at least the four seed frameworks', () => {
    expect(frameworks.length).toBeGreaterThanOrEqual(4);
  });

  it('has every cost line of every price list in its source, activity and amounts as published', () => {
    const files = [...catalog.costsByFramework.values()].map((e) => e.data);
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const costs of files) {
      const text = normalise(source(keptCopy(framework(costs.framework.id))));
      const lines = costs.priceLists.flatMap((list) => list.lines);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(text, line.asPublished).toContain(normalise(line.asPublished));
        expect(
          normalise(line.asPublished).startsWith(normalise(line.activity)),
          `${line.activity} opens "${line.asPublished}"`,
        ).toBe(true);
        expect(line.asPublished).toContain(`£${line.unitPrice}`);
      }
    }
  });

  it("has every benefit of every benefit list in its framework's source, in order", () => {
    const files = [...catalog.benefitsByFramework];
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const [id, entry] of files) {
      const text = normalise(source(keptCopy(framework(id))));
      const items = entry.data.groups.flatMap((g) => flatten(g.items)).map(normalise);
      expect(items.length, id).toBeGreaterThan(0);
      expect(
        items.filter((item) => !text.includes(item)),
        `${id}: benefits not in the source`,
      ).toEqual([]);
      // In order: each is found after the one before it (an item may also appear earlier, e.g. in a summary).
      let from = 0;
      const outOfOrder = items.filter((item) => {
        const at = text.indexOf(item, from);
        if (at >= 0) from = at + item.length;
        return at < 0;
      });
      expect(outOfOrder, `${id}: benefits out of the source's order`).toEqual([]);
    }
  });
});

describe('sources', () => {
  it('are the kept copies listed in sources/SHA256SUMS, each unchanged', () => {
    // `sha256sum -c SHA256SUMS` in sources/ checks the same; a new copy is added with `sha256sum NAME >> SHA256SUMS`.
    const listed = new Map(
      readFileSync(join(ROOT, 'sources/SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line) ?? [line, 'not a checksum line', line])
        .map(([, sum, name]) => [name!, sum!]),
    );
    const kept = readdirSync(join(ROOT, 'sources'))
      .filter((name) => name !== 'SHA256SUMS')
      .sort();
    expect(
      [...listed.keys()].sort(),
      'every file in sources/ is listed in sources/SHA256SUMS, and nothing else',
    ).toEqual(kept);
    for (const name of kept)
      expect(
        createHash('sha256')
          .update(readFileSync(join(ROOT, 'sources', name)))
          .digest('hex'),
        `sources/${name} differs from its checksum`,
      ).toBe(listed.get(name));
  });
});
