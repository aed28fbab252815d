/** The accreditation register: the seeded entries as their sources word them, standings, and due dates from each charter's own rule. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import {
  addMonths,
  charterCounts,
  reassessmentDueOf,
  registerOfCouncil,
  registerRows,
} from '../../src/lib/register/register';
import { registerCalendar, registerTable } from '../../src/lib/register/downloads';
import { makeSchemas } from '../../src/schemas';
import { plainReference } from '../../src/schemas/common';
import { routes } from '../../src/lib/site/routes';
import { frozenCatalog, frozenContent } from '../helpers/content';

const source = { title: 'Press release (test)', url: 'https://example.org/press', retrieved: '2026-11-01' };
const event = (id: string, data: object) => ({
  id,
  filePath: `src/content/register/${id}.yaml`,
  data: makeSchemas(plainReference).register.parse({ asPublished: 'Words.', source, ...data }),
});
const catalogWith = (...events: ReturnType<typeof event>[]) => {
  const { entries } = frozenContent();
  return buildCatalog({ ...entries, register: [...entries.register, ...events] });
};

describe('addMonths', () => {
  it('adds whole months to a day or a month, keeping a day past the month end at its last day', () => {
    expect(addMonths('2022-04-01', 36)).toBe('2025-04-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2021-11-30', 3)).toBe('2022-02-28');
    expect(addMonths('2021-12', 18)).toBe('2023-06');
  });

  it('adds whole years to a year alone, and gives no year where the months do not make whole years', () => {
    expect(addMonths('2019', 36)).toBe('2022');
    expect(addMonths('2019', 18)).toBeUndefined();
  });
});

describe('the seeded register', () => {
  const rows = registerRows(frozenCatalog());

  it('holds exactly the two entries the sources give, in their words, with no due date', () => {
    expect(
      rows.map((r) => [
        r.entry.data.council.id,
        r.entry.data.kind,
        r.entry.data.date.asPublished,
        r.entry.data.target?.date.asPublished,
      ]),
    ).toEqual([
      ['harrow', 'working-towards', 'Thursday 6th November 2008', '30th June 2009'],
      ['derbyshire', 'considering', '2020 / 21', 'December 2021'],
    ]);
    expect(rows.map((r) => r.due)).toEqual([undefined, undefined]);
    expect(rows.find((r) => r.entry.data.council.id === 'derbyshire')!.entry.data.asPublished).toContain(
      'will consider whether to progress with Member Development Charter accreditation',
    );
  });

  it('counts no council as holding a charter and one on the way to each', () => {
    expect(charterCounts(rows, 'south-east')).toEqual({ holding: 0, workingTowards: 1 });
    expect(charterCounts(rows, 'east-midlands')).toEqual({ holding: 0, workingTowards: 1 });
    expect(charterCounts(rows, 'west-midlands')).toEqual({ holding: 0, workingTowards: 0 });
  });
});

describe('re-assessment due dates', () => {
  it("are computed from the award date and the charter's own rule, with the rule cited", () => {
    const catalog = catalogWith(
      event('derbyshire-award', {
        council: 'derbyshire',
        framework: 'east-midlands',
        kind: 'awarded',
        date: { asPublished: '14 March 2022', date: '2022-03-14' },
      }),
    );
    const row = registerOfCouncil(registerRows(catalog), 'derbyshire').find((r) => r.entry.data.kind === 'awarded')!;
    expect(row.due).toEqual({
      status: 'due',
      due: '2025-03-14',
      rule: catalog.frameworks.get('east-midlands')!.data.reassessment!.asPublished,
    });
    expect(charterCounts(registerRows(catalog), 'east-midlands')).toEqual({ holding: 1, workingTowards: 0 });
    const ics = registerCalendar(catalog, registerRows(catalog), 'east-midlands', (p) => `https://example.org${p}`);
    expect(routes.registerCalendar.entries(catalog).map((e) => e.params.region)).toEqual(['east-midlands']);
    expect(ics).toContain('DTSTART;VALUE=DATE:20250314');
    expect(ics).toContain('DTEND;VALUE=DATE:20250315');
    // iCalendar folds long lines (CRLF + space or tab); unfold before reading.
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(
      'SUMMARY:Derbyshire County Council: East Midlands Charter re-assessment due by 2025-03-14',
    );
  });

  it('are not computed where the charter states no rule, and say so', () => {
    const catalog = catalogWith(
      event('harrow-award', {
        council: 'harrow',
        framework: 'south-east',
        kind: 'awarded',
        date: { asPublished: '1 July 2009', date: '2009-07-01' },
      }),
    );
    const row = registerOfCouncil(registerRows(catalog), 'harrow').at(-1)!;
    expect(row.due).toEqual({ status: 'no-rule' });
    expect(registerTable([row]).rows[0]!.due_note).toBe(
      'Re-assessment rule not stated in the source; no due date computed',
    );
    expect(routes.registerCalendar.entries(catalog).map((e) => e.params.region)).not.toContain('london');
  });

  it('are written as valid iCalendar in which no CR or LF in the text can split a line or add a component', () => {
    const award = event('derbyshire-award', {
      council: 'derbyshire',
      framework: 'east-midlands',
      kind: 'awarded',
      date: { asPublished: '14 March 2022', date: '2022-03-14' },
    });
    // Set after the schema, so the writer is tested whatever the content rules refuse.
    const injected = 'END:VEVENT\rBEGIN:VEVENT\rUID:forged\rSUMMARY:Injected\rDTSTART:20300101';
    award.data.date.asPublished = `14 March 2022\r${injected}\n${injected}\r\n${injected}\x0b\x1b`;
    const catalog = catalogWith(award);
    const ics = registerCalendar(catalog, registerRows(catalog), 'east-midlands', (p) => `https://example.org${p}`);
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    // Every line is a property, a component's start or end, or the folded continuation of one.
    for (const line of ics.split('\r\n').slice(0, -1)) expect(line).toMatch(/^([A-Z-]+[;:]|[ \t])/);
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['derbyshire-award@charter-atlas']);
    const words = injected.replace(/\r/g, '\n');
    const rule = catalog.frameworks.get('east-midlands')!.data.reassessment!.asPublished;
    expect(events[0]!.getFirstPropertyValue('description')).toBe(
      `Computed from the award (14 March 2022\n${words}\n${words}\n${words}) and the charter's rule: "${rule}"`,
    );
  });

  it('are not computed from an award dated only in words, and stop once the award has lapsed', () => {
    const catalog = catalogWith(
      event('derbyshire-award', {
        council: 'derbyshire',
        framework: 'east-midlands',
        kind: 'awarded',
        date: { asPublished: 'Spring 2022' },
      }),
    );
    expect(reassessmentDueOf(catalog, catalog.entries.register.at(-1)!.data)).toEqual({ status: 'no-award-date' });
    const lapsed = catalogWith(
      event('derbyshire-award', {
        council: 'derbyshire',
        framework: 'east-midlands',
        kind: 'awarded',
        date: { asPublished: '14 March 2022', date: '2022-03-14' },
      }),
      event('derbyshire-lapsed', {
        council: 'derbyshire',
        framework: 'east-midlands',
        kind: 'lapsed',
        date: { asPublished: 'April 2025', month: '2025-04' },
      }),
    );
    expect(registerOfCouncil(registerRows(lapsed), 'derbyshire').map((r) => r.due)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(charterCounts(registerRows(lapsed), 'east-midlands')).toEqual({ holding: 0, workingTowards: 0 });
  });
});
