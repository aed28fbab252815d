/**
 * Dates at every precision (issue 24, class 1): a nation's register written as a publisher would
 * (tests/fixtures/partial-dates), with awards given as a year, a month and a day and a commitment
 * "c. 2016", passes the check and builds; the register lists them in time order at their precision,
 * due dates keep the award's precision (no invented day or month), and only a whole-day due date
 * goes in the calendar.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { paths } from '../../src/lib/common/urls';
import { ROOT } from '../helpers/content';
import { text } from '../helpers/dist';
import { loadPagefind, topResults } from '../helpers/pagefind';
import { exec, projectCopyWith } from '../helpers/site-copy';

const FIXTURE = join(ROOT, 'tests/fixtures/partial-dates');
let site: string;
let build: { status: number | null; output: string };
const read = (path: string) => readFileSync(join(site, 'dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8');

beforeAll(() => {
  site = projectCopyWith([]);
  cpSync(FIXTURE, site, { recursive: true });
  build = exec(site, 'astro', ['build'], { SITE: 'https://charter-atlas.example', BASE: '/' });
}, 300_000);
afterAll(() => site && rmSync(site, { recursive: true, force: true }));

describe('a register that dates its awards by year, month and day', () => {
  it('passes the content check with no problem in its files, and builds', () => {
    expect(
      checkContent(site)
        .filter((p) => p.file.includes('fixture-'))
        .map(formatProblem),
    ).toEqual([]);
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it("lists events oldest first at their precision, in the source's words, with due dates only as precise as the award", () => {
    const rows = parse(read(paths.registerOfCharter('fixture-alba')))
      .querySelectorAll('.register-table tbody tr')
      .map((tr) => [
        text(tr.querySelector('th')),
        text(tr.querySelector('[data-label="Date as published"]')),
        text(tr.querySelector('[data-label="Re-assessment"]')),
      ]);
    const rule = ', under the rule “Councils holding the Charter are re-assessed every three years.”';
    expect(rows).toEqual([
      ['Fixture Ben Council', 'c. 2016', ''],
      ['Fixture Strath Council', '12 May 2018', `Due by 2021-05-12${rule}`],
      ['Fixture Glen Council', '2019', `Due in 2022${rule}`],
      ['Fixture Ben Council', 'September 2019', `Due by 2022-09${rule}`],
      ['Fixture Loch Council', 'June 2021', `Due by 2024-06${rule}`],
    ]);
  });

  it('gives the CSV and JSON each date as known, its precision and whether it is approximate', () => {
    const csv = (
      parseCsv(readFileSync(join(site, 'dist', paths.registerDownload('csv'))), {
        bom: true,
        columns: true,
      }) as Record<string, string>[]
    ).filter((r) => r['Charter identifier'] === 'fixture-alba');
    expect(
      csv.map((r) => [r['Date as published'], r['Date'], r['Date approximate'], r['Re-assessment due by']]),
    ).toEqual([
      ['c. 2016', '2016', 'yes', ''],
      ['12 May 2018', '2018-05-12', '', '2021-05-12'],
      ['2019', '2019', '', '2022'],
      ['September 2019', '2019-09', '', '2022-09'],
      ['June 2021', '2021-06', '', '2024-06'],
    ]);
    const json = JSON.parse(read(paths.registerDownload('json'))) as {
      events: { charter: string; date: unknown; reassessment?: { due?: string } }[];
    };
    const alba = json.events.filter((e) => e.charter === 'fixture-alba');
    expect(alba[0]!.date).toEqual({ asPublished: 'c. 2016', year: 2016, approximate: true });
    expect(alba.map((e) => e.reassessment?.due)).toEqual([undefined, '2021-05-12', '2022', '2022-09', '2024-06']);
  });

  it('gives the spreadsheet the same dates, a year as the text the source gives, not a number or a day', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(site, 'dist', paths.registerDownload('xlsx')));
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const alba = sheet
      .getRows(2, sheet.rowCount - 1)!
      .filter((row) => row.getCell(column('Charter identifier')).value === 'fixture-alba');
    expect(
      alba.map((row) => ['Date', 'Date approximate'].map((name) => row.getCell(column(name)).value ?? '')),
    ).toEqual([
      ['2016', 'yes'],
      ['2018-05-12', ''],
      ['2019', ''],
      ['2019-09', ''],
      ['2021-06', ''],
    ]);
  });

  it('puts only the due date known to the day in the calendar, and lists the others on the page', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(paths.registerCalendar('fixture-alba'))));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((v) => [v.getFirstPropertyValue('summary'), String(v.getFirstPropertyValue('dtstart'))]);
    expect(events).toEqual([
      ['Fixture Strath Council: Fixture Alba Charter re-assessment due by 2021-05-12', '2021-05-12'],
    ]);
    const page = text(parse(read(paths.registerOfRegion('fixture-alba'))).querySelector('main'));
    expect(page).toContain('Fixture Glen Council, Fixture Alba Charter: due in 2022');
    expect(page).toContain('Fixture Loch Council, Fixture Alba Charter: due by 2024-06');
    expect(page).toContain('is not in the calendar file');
  });

  it('dates updates by what is known: none of these under "Without a stated date", a pubDate only for a day', () => {
    const updates = parse(read(paths.updates()));
    const dated = updates.querySelectorAll('time').map((t) => `${t.getAttribute('datetime')} ${text(t)}`);
    expect(dated).toEqual(expect.arrayContaining(['2019 2019', '2016 c. 2016', '2019-09 September 2019', '2018 2018']));
    const feed = read(paths.updatesFeed());
    const item = (words: string) => feed.split('<item>').find((i) => i.includes(words))!;
    expect(item('Fixture Glen Council was awarded')).not.toContain('<pubDate>');
    expect(item('Fixture Glen Council was awarded')).toContain('2019: Fixture Glen Council was awarded');
    expect(item('Fixture Strath Council received')).toContain('<pubDate>Sat, 12 May 2018');
  });

  it("indexes the register page with the source's words for each date, and no day the source does not give", async () => {
    const pagefind = await loadPagefind(join(site, 'dist'));
    const results = await topResults(pagefind, 'Fixture Glen Council awarded', {}, 10);
    const found = results.find((r) => r.url === paths.registerOfCharter('fixture-alba'));
    expect(found, results.map((r) => r.url).join(' ')).toBeDefined();
    expect(found!.content).toContain('c. 2016');
    expect(found!.content).toContain('Due in 2022');
    expect(found!.content).not.toMatch(/\b1 January\b|2022-01|2016-01/);
  });
});
