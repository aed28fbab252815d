/** The seeded accreditation register on the built site: its pages, the council pages, downloads and updates. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { DIST, page, text } from '../helpers/dist';

const file = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the accreditation register', () => {
  it('lists Harrow working towards charter status by 30th June 2009, and Derbyshire considering accreditation', () => {
    const rows = page(paths.register())
      .querySelectorAll('.register-table tbody tr')
      .map((tr) => [
        text(tr.querySelector('th')),
        text(tr.querySelector('[data-label="Event"]')),
        text(tr.querySelector('[data-label="Target"]')),
      ]);
    expect(rows).toEqual([
      [
        'Harrow Council',
        'Working towards accreditation',
        'Charter status, in accordance with the Corporate Improvement Programme timescale: by 30th June 2009',
      ],
      [
        'Derbyshire County Council',
        'Considering accreditation',
        'The assessment process is expected to commence, should the Council decide to progress with Charter accreditation: by December 2021',
      ],
    ]);
  });

  it("shows each council's history on its page, and each charter's and region's register", () => {
    expect(page(paths.council('harrow')).querySelectorAll('.register-table tbody tr')).toHaveLength(1);
    expect(page(paths.council('derbyshire')).querySelectorAll('.register-table tbody tr')).toHaveLength(1);
    expect(text(page(paths.registerOfCharter('east-midlands')).querySelector('main'))).toContain(
      'Derbyshire County Council',
    );
    expect(text(page(paths.registerOfRegion('london')).querySelector('main'))).toContain('Harrow Council');
    expect(page(paths.registerOfCharter('west-midlands')).querySelectorAll('.register-table')).toHaveLength(0);
  });

  it('offers a calendar feed only where a re-assessment is due, and says so where none is', () => {
    // The seeded register holds no award, so no region has a due date.
    const calendars = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ics'));
    expect(calendars).toEqual([]);
    const london = page(paths.registerOfRegion('london'));
    expect(london.querySelector('a[href$=".ics"]')).toBeNull();
    expect(text(london.querySelector('main'))).toContain('No re-assessment is due for a council in London');
  });

  it('offers CSV and JSON downloads', () => {
    const csv = parseCsv(file(paths.registerDownload('csv')), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.map((r) => `${r['Council identifier']} ${r['Event']} ${r['Target date as published']}`)).toEqual([
      'harrow Working towards accreditation 30th June 2009',
      'derbyshire Considering accreditation December 2021',
    ]);
    expect(JSON.parse(file(paths.registerDownload('json'))).events).toHaveLength(2);
  });

  it('puts register events on /updates/ and in its RSS feed', () => {
    expect(text(page(paths.updates()).querySelector('main'))).toContain(
      'Harrow Council: working towards accreditation, South East Charter (pre-2017)',
    );
    expect(file(paths.updatesFeed())).toContain(
      'Derbyshire County Council: considering accreditation, East Midlands Charter',
    );
  });

  it('counts councils per charter on the compare page', () => {
    const item = page(paths.compare()).querySelector(`a[href="${paths.registerOfCharter('south-east')}"]`)!.parentNode;
    expect(text(item as never)).toBe(
      'South East Charter (pre-2017): 0 councils hold the charter, 1 is working towards it',
    );
  });
});
