/**
 * The one CSV writer for every download the site publishes (the comparison tables and the
 * self-assessment, which runs in the browser). csv-stringify quotes what needs quoting and, with
 * escape_formulas, puts a ' before any text cell beginning with =, +, -, @, tab or carriage return,
 * so a spreadsheet shows content from a pull request or a visitor's answers as text and never runs
 * it as a formula. A UTF-8 byte-order mark and CRLF line ends let Excel read "£" and curly quotes.
 * With CRLF as the row end, csv-stringify does not quote a cell holding a lone CR or LF, which
 * spreadsheets take as the end of a row; quoted_match quotes every cell with either, whatever the
 * content rules allow.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number;

/** A CSV file: the header row, then one line per row, every cell in the same column order. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([[...header], ...rows.map((row) => [...row])], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
}
