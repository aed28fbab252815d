/**
 * Done-when proof for issue 24's classes 4, 6, 7 and 8: a national template charter written as its
 * publisher would (tests/fixtures/national-template) lists its criteria without themes, gives two
 * requirements at one level, prices a day of support for no level with its own date and charges no
 * yearly fee. Its pages, downloads and search records say exactly that, and nothing the source lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { text } from '../helpers/dist';
import { fixtureBuild, summaryRows as rows } from '../helpers/fixture-build';
import { loadPagefind, topResults } from '../helpers/pagefind';

const ID = 'fixture-template';
const fixture = fixtureBuild('national-template');
const { read, html } = fixture;
const site = () => fixture.root();
const csv = (path: string) =>
  parseCsv(readFileSync(join(site(), 'dist', path)), { bom: true, columns: true }) as Record<string, string>[];
/** Words a page would only print if it invented a theme heading for a flat list. */
const INVENTED_HEADING = /\b(Criteria|Elements|Theme|Themes)\b/;

describe('a national template charter written as its publisher would', () => {
  it('passes the content check and builds', () => {
    expect(fixture.checkErrors()).toEqual([]);
    expect(fixture.build().status, fixture.build().output.slice(-2000)).toBe(0);
  });

  it('lists its criteria as the flat list the source prints, with no heading over them', () => {
    const doc = html(paths.framework(ID));
    expect(doc.querySelectorAll('.standard-list > li > a').map(text)).toEqual([
      'Every new councillor completes an induction programme.',
      "The council sets aside money for councillors' learning.",
    ]);
    expect(doc.querySelectorAll('section.theme h3, section.theme h4')).toEqual([]);
    expect(text(doc.querySelector('main'))).not.toMatch(/in 1 theme/);
    const standard = html(paths.standard(ID, 'induction-programme'));
    expect(rows(standard, 'main > dl.summary-list').Theme).toBeUndefined();
    const form = html(paths.selfAssessment(ID));
    expect(form.querySelectorAll('.sa-theme h2')).toEqual([]);
    expect(form.querySelectorAll('tr[data-theme]').map((tr) => tr.getAttribute('data-theme'))).toEqual(['overall']);
    for (const doc of [standard, form]) expect(text(doc.querySelector('main'))).not.toMatch(INVENTED_HEADING);
  });

  it('has no theme in its standards download or search records', async () => {
    const standards = JSON.parse(read(paths.standardsJson(ID))).standards as { id: string; theme: unknown }[];
    expect(standards.map((s) => [s.id, s.theme])).toEqual([
      [`${ID}/induction-programme`, null],
      [`${ID}/learning-budget`, null],
    ]);
    const pagefind = await loadPagefind(join(site(), 'dist'));
    const [found] = await topResults(pagefind, 'induction programme named officer contact');
    expect(found!.url).toBe(paths.standard(ID, 'induction-programme'));
    expect(found!.content).not.toMatch(INVENTED_HEADING);
  });

  it('shows two requirements at one level as one list under that level', () => {
    const expected = {
      Charter: [
        'The induction programme is offered within two months of election.',
        'Each new councillor is given a named officer contact.',
      ],
      'Charter Plus': ['Councillors help to design the next induction programme.'],
    };
    const byLevel = (doc: HTMLElement, selector: string) =>
      doc
        .querySelectorAll(`${selector} .level-requirements > div`)
        .map((d) => [
          text(d.querySelector('dt')),
          d.querySelectorAll('li').length ? d.querySelectorAll('li').map(text) : [text(d.querySelector('dd'))],
        ]);
    expect(byLevel(html(paths.standard(ID, 'induction-programme')), 'main')).toEqual(Object.entries(expected));
    expect(byLevel(html(paths.selfAssessment(ID)), '.sa-standard[data-slug="induction-programme"]')).toEqual(
      Object.entries(expected),
    );
    const standards = JSON.parse(read(paths.standardsJson(ID))).standards;
    expect(standards[0].requirementsByLevel).toEqual([
      { level: 'charter', requirements: expected.Charter },
      { level: 'charter-plus', requirements: expected['Charter Plus'] },
    ]);
  });

  it('prices a day of support with its date and terms, and says nothing of a level or a yearly fee', () => {
    const costs = html(paths.costs(ID));
    const list = costs.querySelector('#support-day')!;
    expect(rows(list, 'dl.summary-list')).toEqual({
      Pathway: 'Not stated in the source',
      'Prices dated': 'prices from April 2019',
      VAT: 'Prices are plus VAT',
      Expenses: 'Prices are plus expenses',
    });
    expect(list.querySelector('time')!.getAttribute('datetime')).toBe('2019-04');
    for (const doc of [costs, html(paths.framework(ID))]) {
      expect(text(doc.querySelector('main'))).not.toMatch(/£0\b|Not tied to a level|a year|First year/i);
    }

    const row = html(paths.compareCosts()).querySelector(`#costs-${ID}-support-day`)!;
    const cell = (label: string) => text(row.querySelector(`[data-label="${label}"]`));
    expect(cell('Level')).toBe('');
    expect(cell('Prices dated')).toBe('prices from April 2019');
    expect(cell('Total of the lines')).toBe('£2,500 plus VAT plus expenses');
    expect(cell('Recurring fees per year')).toBe('None stated');
    expect(cell('First year with recurring fees')).toBe('No recurring fee to add');
    expect(text(row)).not.toMatch(/£0\b|Not tied/);

    const [download] = csv(paths.compareDownload('costs', 'csv')).filter((r) => r['Framework identifier'] === ID);
    expect(download).toMatchObject({
      Level: '',
      'Prices dated (as published)': 'prices from April 2019',
      'Total of the lines, with its terms': '£2,500 plus VAT plus expenses',
      'Recurring fees a year (£)': '',
      'First year with recurring fees (£)': '',
      'Recurring fees a year, with their terms': '',
      'First year with recurring fees, with its terms': '',
    });
    const json = JSON.parse(read(paths.compareDownload('costs', 'json'))) as {
      framework: string;
      priceLists: Record<string, unknown>[];
      recurringFees: unknown[];
    }[];
    const mine = json.find((f) => f.framework === ID)!;
    expect(mine.recurringFees).toEqual([]);
    expect(mine.priceLists[0]).toMatchObject({
      level: null,
      published: { asPublished: 'prices from April 2019', month: '2019-04' },
      recurringPerYear: null,
      firstYear: null,
    });
  });

  it('says in plain English how its criterion relates to another charter, with no file id in a title', () => {
    const pair = html(paths.comparePair('east-midlands', ID));
    const relations = pair.querySelectorAll('.coverage-list li').map(text);
    expect(relations).toContain(
      'East Midlands Charter 2.9 overlaps Fixture Template Charter “Every new councillor completes an induction programme.”',
    );
    expect(relations.join(' ')).not.toMatch(/overlapping|~|not determined/);
    const frameworkIds = readdirSync(join(site(), 'src/content/frameworks')).map((f) => f.replace(/\.mdx?$/, ''));
    const titled = (dir: string): string[] =>
      readdirSync(join(site(), 'dist', dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => {
          const doc = parse(readFileSync(join(site(), 'dist', dir, f), 'utf8'));
          return `${text(doc.querySelector('title'))} | ${text(doc.querySelector('h1'))}`;
        });
    const withIds = [...titled('compare'), ...titled('frameworks')].filter((t) =>
      frameworkIds.some((id) => t.includes(`(${id})`)),
    );
    expect(withIds).toEqual([]);
  });

  it('shows its re-assessment rule where it has no re-assessment stage, in the stages compared', () => {
    const page = html(paths.compareStages());
    const frameworks = page.querySelectorAll('thead th').map(text);
    const column = frameworks.indexOf('Fixture Template Charter');
    const reassessment = page
      .querySelectorAll('tbody tr')
      .find((tr) => text(tr.querySelector('th')) === 'Re-assessment')!;
    const cell = reassessment.querySelectorAll('th, td')[column]!;
    expect(text(cell.querySelector('.muted'))).toBe('No stage for this step');
    expect(text(cell.querySelector('.as-published'))).toBe('“Councils are re-assessed every four years.”');
  });
});
