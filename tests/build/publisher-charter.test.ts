/**
 * Done-when proof for the content model: a charter written as a publisher would (tests/fixtures/
 * publisher-charter), with no code change, passes the check, builds, and its pages, search records
 * and downloads show what it says and nothing it does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/content';
import { paths } from '../../src/lib/common/urls';
import { text } from '../helpers/dist';
import { fixtureBuild, summaryRows as rows } from '../helpers/fixture-build';
import { loadPagefind, topResults } from '../helpers/pagefind';

const fixture = fixtureBuild('publisher-charter');
/** A fixture file's data as it writes it, front matter for MDX (this test owns the fixture). */
function fixtureData<T>(file: string): T {
  const written = readFileSync(join(ROOT, 'tests/fixtures/publisher-charter/src/content', file), 'utf8');
  return parseYaml(file.endsWith('.mdx') ? written.split(/^---$/m)[1]! : written) as T;
}
const stagesOf = (id: string) =>
  fixtureData<{ stages?: { description?: string }[] }>(`frameworks/${id}.mdx`).stages ?? [];
const { read, html } = fixture;
const site = () => fixture.root();
/** A comparison's CSV download from the fixture's built site, one record per row, by column heading. */
const comparisonCsv = (name: 'stages' | 'matrix' | 'costs') =>
  parseCsv(readFileSync(join(site(), 'dist', paths.compareDownload(name, 'csv'))), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];

describe('a charter written as a publisher would', () => {
  it('passes the content check and builds', () => {
    expect(fixture.checkErrors()).toEqual([]);
    expect(fixture.build().status, fixture.build().output.slice(-2000)).toBe(0);
  });

  it('shows every timing rule in its own words, with the figures it states', () => {
    const doc = html(paths.framework('fixture-wales'));
    const rules = doc
      .querySelectorAll('.timing-rules > div')
      .map((d) => [
        text(d.querySelector('dt')),
        text(d.querySelector('.as-published')),
        ...d.querySelectorAll('li').map(text),
      ]);
    expect(rules).toEqual([
      [
        'Re-assessment',
        '“Councils holding the Charter are re-assessed every 36 months through a peer visit.”',
        'Period stated: 36 months',
        'Method: Peer visit',
      ],
      [
        'Interim review',
        '“An informal progress review is held 18 months after the award.”',
        'Period stated: 18 months',
      ],
      [
        'From commitment to assessment',
        '“Councils should be ready for assessment no later than two years after signing the commitment.”',
        'Longest time stated: 2 years',
      ],
      [
        'How long an award lasts',
        '“The Charter is held for three years from the date of award.”',
        'Period stated: 3 years',
      ],
    ]);
    expect(text(doc.querySelector('main'))).not.toMatch(/minimum of|not listed in the source/i);
  });

  it("shows its edition dates with their labels, and its publisher's note on standards", () => {
    const doc = html(paths.framework('fixture-wales'));
    const summary = rows(doc, 'section[aria-labelledby="about-heading"] > dl.summary-list');
    expect(summary).toMatchObject({
      Edition: 'Third edition',
      Published: 'March 2022',
      'In force from': '1 April 2022',
      'First introduced': '2006',
      Reviewed: '2011; 2016',
    });
    expect(text(doc.querySelector('main'))).toContain("The charter's criteria are set out in a separate guidance pack");
  });

  it('cites its source by web address and retrieval date, and claims no copy kept here', () => {
    const source = rows(html(paths.framework('fixture-wales')), '.source dl');
    expect(source.Online).toBe('https://fixture-wales.example/charter-2022.pdf (retrieved 2026-11-02)');
    expect(source).not.toHaveProperty("Copy kept with this site's content");
  });

  it('carries its timing rules in the stages download', () => {
    const stages = JSON.parse(read(paths.compareDownload('stages', 'json'))) as {
      framework: string;
      timing: { label: string }[];
    }[];
    expect(stages.find((s) => s.framework === 'fixture-wales')!.timing.map((t) => t.label)).toEqual([
      'Re-assessment',
      'Interim review',
      'From commitment to assessment',
      'How long an award lasts',
    ]);
  });

  it('shows what each level requires, on the standard page and in the self-assessment', () => {
    const expected = {
      Charter: 'Group leaders have signed a statement of commitment to councillor development.',
      'Charter Plus': 'In addition, the commitment is reviewed each year by full council.',
    };
    expect(rows(html(paths.standard('fixture-national', '1.1')), '.level-requirements')).toEqual(expected);
    const form = html(paths.selfAssessment('fixture-national'));
    expect(rows(form, '.sa-standard[data-slug="1.1"] .level-requirements')).toEqual(expected);
    expect(form.querySelectorAll('[data-level-choice]').map((i) => i.getAttribute('value'))).toEqual([
      '',
      'charter',
      'charter-plus',
    ]);
  });

  it('carries per-level requirements in the standards download and the search index', async () => {
    const standards = JSON.parse(read(paths.standardsJson('fixture-national')));
    expect(standards.standards[0].requirementsByLevel).toEqual([
      {
        level: 'charter',
        requirements: ['Group leaders have signed a statement of commitment to councillor development.'],
      },
      { level: 'charter-plus', requirements: ['In addition, the commitment is reviewed each year by full council.'] },
    ]);
    const pagefind = await loadPagefind(join(site(), 'dist'));
    const found = await topResults(pagefind, 'reviewed each year by full council');
    expect(found.map((r) => r.url)).toContain(paths.standard('fixture-national', '1.1'));
  });

  it('shows a stage covering two common steps in both, a stage without a description as not stated, and a theme without standards', () => {
    const doc = html(paths.framework('fixture-national'));
    const stages = doc.querySelectorAll('.stage-list > li');
    expect(text(stages[0])).toContain('Covers: Sign-up, Action plan');
    expect(stages[1]!.querySelectorAll('h3, p').map(text)).toEqual(['Assessment', 'Not stated in the source']);
    // The reader's phrase for a missing description stands in each stage this content gives none, and in no other.
    const described = stagesOf('fixture-national').map((stage) => stage.description !== undefined);
    expect(described).toContain(true);
    expect(stages.map((li) => !text(li).includes('Not stated in the source'))).toEqual(described);
    expect(text(doc.querySelector('#theme-2')!.parentNode as unknown as HTMLElement)).toContain(
      'No standards are recorded under this theme.',
    );
    const csv = comparisonCsv('stages');
    expect(
      csv
        .filter((r) => r['Framework identifier'] === 'fixture-national')
        .map((r) => `${r['Common step']}: ${r['Stage']}: ${r['Description']}`),
    ).toEqual([
      'Sign-up: Commitment to the Charter and an Action Plan: The council signs the commitment and agrees an action plan with the regional body.',
      'Action plan: Commitment to the Charter and an Action Plan: The council signs the commitment and agrees an action plan with the regional body.',
      'Assessment: Assessment: Not stated in the source',
    ]);
  });

  it('numbers its standards as the charter prints them ("1", "A", "Criterion 2", none), on its pages, in order', () => {
    const printed = [
      ['1', '1'],
      ['a', 'A'],
      ['criterion-2', 'Criterion 2'],
      ['councillor-wellbeing', undefined],
    ] as const;
    const listed = html(paths.framework('fixture-criteria')).querySelectorAll('.standard-list > li > a');
    expect(
      listed.map((a) => [
        a.getAttribute('href'),
        a.querySelector('.standard-number') && text(a.querySelector('.standard-number')),
      ]),
    ).toEqual(printed.map(([slug, number]) => [paths.standard('fixture-criteria', slug), number ?? null]));
    for (const [slug, number] of printed) {
      const doc = html(paths.standard('fixture-criteria', slug));
      expect(doc.querySelector('h1 .standard-number') && text(doc.querySelector('h1 .standard-number')), slug).toBe(
        number ?? null,
      );
    }
    const keyPoint = html(paths.standard('fixture-criteria', 'councillor-wellbeing'));
    expect(text(keyPoint.querySelector('h1'))).toBe("The council looks after councillors' wellbeing and safety.");
    expect(rows(keyPoint, 'main > dl.summary-list').Theme).toBe('Key points');
    const form = html(paths.selfAssessment('fixture-criteria'));
    expect(form.querySelectorAll('.sa-standard').map((f) => f.getAttribute('data-slug'))).toEqual(
      printed.map(([slug]) => slug),
    );
    expect(text(form.querySelector('.sa-standard[data-slug="councillor-wellbeing"] > legend'))).toBe(
      "The council looks after councillors' wellbeing and safety.",
    );
  });

  it('carries the printed numbers in its downloads and search records, and no number for the unnumbered standard', async () => {
    const standards = JSON.parse(read(paths.standardsJson('fixture-criteria'))).standards as {
      number: string | null;
      slug: string;
      theme: { number: number | null };
    }[];
    expect(standards.map((s) => [s.number, s.slug, s.theme.number])).toEqual([
      ['1', '1', 1],
      ['A', 'a', 1],
      ['Criterion 2', 'criterion-2', 1],
      [null, 'councillor-wellbeing', null],
    ]);
    const csv = comparisonCsv('matrix');
    const byUrl = (a: (string | undefined)[], b: (string | undefined)[]) => a[1]!.localeCompare(b[1]!);
    expect(
      csv
        .filter((r) => r['Framework identifier'] === 'fixture-criteria' && r['Coverage'] === 'covered')
        .map((r) => [r['Standard number'], r['Standard page']])
        .sort(byUrl),
    ).toEqual(
      [
        ['1', '1'],
        ['A', 'a'],
        ['Criterion 2', 'criterion-2'],
        ['', 'councillor-wellbeing'],
      ]
        .map(([number, slug]) => [number, `https://charter-atlas.example${paths.standard('fixture-criteria', slug!)}`])
        .sort(byUrl),
    );
    const pagefind = await loadPagefind(join(site(), 'dist'));
    const found = await topResults(pagefind, 'Criterion 2', { filters: { framework: 'Fixture Criteria Charter' } }, 1);
    expect(found.map((r) => [r.url, r.meta.title])).toEqual([
      [
        paths.standard('fixture-criteria', 'criterion-2'),
        'Fixture Wales · Criterion 2 Every councillor is offered a personal development review each year.',
      ],
    ]);
    const keyPoint = await topResults(
      pagefind,
      'wellbeing and safety',
      { filters: { framework: 'Fixture Criteria Charter' } },
      1,
    );
    expect(keyPoint.map((r) => [r.url, r.meta.title, r.filters.number])).toEqual([
      [
        paths.standard('fixture-criteria', 'councillor-wellbeing'),
        "Fixture Wales · The council looks after councillors' wellbeing and safety.",
        undefined,
      ],
    ]);
  });

  it("puts an award on the register with its re-assessment due date from the charter's own rule, and in the region's calendar", () => {
    const row = html(paths.council('fixture-bannau-national-park')).querySelector(
      '#register-fixture-bannau-2023-awarded',
    )!;
    expect(text(row.querySelector('[data-label="Re-assessment"]'))).toBe(
      'Due by 2026-03-14, under the rule “Councils holding the Charter are re-assessed every 36 months through a peer visit.”',
    );
    // Every calendar the site built parses as RFC 5545 and holds an event; only the region with a due date has one.
    const calendars = readdirSync(join(site(), 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ics'),
    );
    expect(calendars).toEqual([paths.registerCalendar('fixture-wales').slice(1)]);
    const events = new ICAL.Component(ICAL.parse(read(paths.registerCalendar('fixture-wales')))).getAllSubcomponents(
      'vevent',
    );
    expect(events.map((e) => [e.getFirstPropertyValue('summary'), String(e.getFirstPropertyValue('dtstart'))])).toEqual(
      [['Fixture Bannau National Park Authority: Fixture Wales Charter re-assessment due by 2026-03-14', '2026-03-14']],
    );
    const region = html(paths.registerOfRegion('fixture-wales'));
    expect(region.querySelectorAll('#re-assessments-due + ul > li').map(text)).toEqual([
      'Fixture Bannau National Park Authority, Fixture Wales Charter: due by 2026-03-14',
    ]);
    expect(region.querySelector(`a[href="${paths.registerCalendar('fixture-wales')}"]`)).not.toBeNull();
    const json = JSON.parse(read(paths.registerDownload('json')));
    expect(json.events.find((e: { id: string }) => e.id === 'fixture-bannau-2023-awarded').reassessment).toEqual({
      status: 'due',
      due: '2026-03-14',
      rule: 'Councils holding the Charter are re-assessed every 36 months through a peer visit.',
    });
    expect(
      text(
        html(paths.compare()).querySelector(`a[href="${paths.registerOfCharter('fixture-wales')}"]`)!
          .parentNode as unknown as HTMLElement,
      ),
    ).toBe('Fixture Wales Charter: 1 council holds the charter, 0 are working towards it');
    expect(text(html(paths.council('fixture-bannau-national-park')).querySelector('main dl'))).toContain(
      'National park authority',
    );
  });
  it('shows member and non-member prices, plus VAT and plus expenses in its words, and a price tied to no level', () => {
    const doc = html(paths.costs('fixture-national'));
    const members = doc.querySelector('#charter-members')!;
    expect(rows(members, 'dl.summary-list')).toEqual({
      Level: 'Charter',
      Pathway: 'First time',
      'Who pays this price': "Members' price",
      'How often': 'One-off',
      VAT: 'Prices are plus VAT',
      Expenses: 'Prices are plus expenses',
    });
    expect(text(members.querySelector('[data-total="computed"]'))).toBe('£3,000 plus VAT plus expenses');
    expect(rows(doc.querySelector('#charter-non-members')!, 'dl.summary-list')['Who pays this price']).toBe(
      "Non-members' price",
    );
    const workshop = doc.querySelector('#workshop')!;
    expect(text(workshop.querySelector('h3'))).toBe('Councillor development workshop');
    expect(rows(workshop, 'dl.summary-list').Level).toBeUndefined();
    // A total this content does not publish reads "Not stated", on each price list and in the comparison's download.
    const lists = fixtureData<{ priceLists: { id: string; publishedTotal?: number }[] }>(
      'costs/fixture-national.yaml',
    ).priceLists;
    const unpublished = lists.filter((list) => list.publishedTotal === undefined).map((list) => list.id);
    expect(unpublished.length).toBeGreaterThan(0);
    expect(
      lists
        .filter((list) => text(doc.querySelector(`#${list.id} [data-total="published"]`)) === 'Not stated')
        .map((l) => l.id),
    ).toEqual(unpublished);
    const csv = comparisonCsv('costs');
    expect(
      csv
        .filter((r) => r['Framework identifier'] === 'fixture-national')
        .map((r) => r['Published total, with its terms']),
    ).toEqual(unpublished.map(() => 'Not stated'));
    // No VAT amount is worked out anywhere: £3,000 plus VAT would be £3,600 at 20%.
    expect(text(doc.querySelector('main'))).not.toMatch(/£3,600|£5,040|£780/);
  });

  it('is found by search for a price tied to no level', async () => {
    const pagefind = await loadPagefind(join(site(), 'dist'));
    const found = await topResults(pagefind, 'councillor development workshop');
    expect(found.map((r) => r.url)).toContain(paths.costs('fixture-national'));
  });

  it('never shows a plus-VAT price as equal to one that does not say, in the comparison and its downloads', () => {
    const row = (id: string) => html(paths.compareCosts()).querySelector(`#costs-${id}`)!;
    const cell = (id: string, label: string) => text(row(id).querySelector(`[data-label="${label}"]`));
    expect(cell('fixture-national-charter-members', 'Total of the lines')).toBe('£3,000 plus VAT plus expenses');
    expect(cell('fixture-national-charter-members', 'Terms')).toBe("Members' price; One-off; plus VAT; plus expenses");
    expect(cell('fixture-national-charter-members', 'First year with recurring fees')).toBe(
      '£3,400 plus VAT plus expenses',
    );
    expect(cell('fixture-national-workshop', 'Level')).toBe('');
    expect(cell('west-midlands-level-1-first-time', 'Terms')).toBe('VAT not stated');
    const csv = comparisonCsv('costs');
    expect(
      csv
        .filter((r) => r['Framework identifier'] === 'fixture-national')
        .map((r) => [
          r['Price list'],
          r['Level'],
          r['Total of the lines (£)'],
          r['Total of the lines, with its terms'],
          r['VAT'],
          r['Expenses'],
          r['Whose price'],
          r['How often'],
          r['First year with recurring fees, with its terms'],
        ]),
    ).toEqual([
      [
        'Charter assessment (member councils)',
        'Charter',
        '3000',
        '£3,000 plus VAT plus expenses',
        'plus VAT',
        'plus expenses',
        "Members' price",
        'One-off',
        '£3,400 plus VAT plus expenses',
      ],
      [
        'Charter assessment (non-member councils)',
        'Charter',
        '4200',
        '£4,200 plus VAT plus expenses',
        'plus VAT',
        'plus expenses',
        "Non-members' price",
        'One-off',
        '£4,600 plus VAT plus expenses',
      ],
      ['Councillor development workshop', '', '650', '£650 plus VAT', 'plus VAT', '', '', '', '£1,050 plus VAT'],
    ]);
    expect(csv.find((r) => r['Framework identifier'] === 'west-midlands')!['VAT']).toBe('VAT not stated');
    const json = JSON.parse(read(paths.compareDownload('costs', 'json'))) as {
      framework: string;
      priceLists: Record<string, unknown>[];
      recurringFees: Record<string, unknown>[];
    }[];
    const fixture = json.find((f) => f.framework === 'fixture-national')!;
    expect(fixture.priceLists.map((l) => [l.id, l.level, l.vat, l.plusExpenses, l.membership, l.frequency])).toEqual([
      ['charter-members', 'Charter', 'plus-vat', true, 'members', 'one-off'],
      ['charter-non-members', 'Charter', 'plus-vat', true, 'non-members', 'one-off'],
      ['workshop', null, 'plus-vat', null, null, null],
    ]);
    expect(fixture.recurringFees[0]).toMatchObject({ amount: 400, period: 'year', vat: 'plus-vat', membership: null });
  });
});
