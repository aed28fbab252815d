/**
 * Every download the built site links states its format and size, and they are the file's own;
 * every CSV has a spreadsheet beside it holding the same cells, identifiers as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { DIST, text } from '../helpers/dist';

const built = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
const FORMAT_NAMES: Record<string, string> = { csv: 'CSV', xlsx: 'Excel spreadsheet', json: 'JSON', ics: 'iCalendar' };

describe('download links', () => {
  it('state the format and the size of the file they link, within rounding', () => {
    let links = 0;
    for (const file of built.filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(join(DIST, file), 'utf8'));
      for (const a of doc.querySelectorAll('a[download]')) {
        const href = a.getAttribute('href')!;
        const where = `${file}: ${href}`;
        const name = text(a);
        const said = /\((CSV|Excel spreadsheet|JSON|iCalendar), (\d+(?:\.\d)?) (bytes|KB|MB)\)$/.exec(name);
        expect(said, `${where} ends "(format, size)", found "${name}"`).not.toBeNull();
        expect(said![1], where).toBe(FORMAT_NAMES[href.slice(href.lastIndexOf('.') + 1)]);
        const size = statSync(join(DIST, href)).size;
        const unit = { bytes: 1, KB: 1024, MB: 1024 * 1024 }[said![3] as 'bytes' | 'KB' | 'MB'];
        expect(Math.abs(Number(said![2]) * unit - size), `${where}: ${said![0]} for ${size} bytes`).toBeLessThanOrEqual(
          unit === 1 ? 0 : unit / 2,
        );
        links++;
      }
    }
    expect(links, 'the compare, pair and register pages link downloads').toBeGreaterThan(10);
  });
});

describe('spreadsheets', () => {
  const csvFiles = built.filter((f) => f.endsWith('.csv'));

  it('sit beside every CSV and hold the same cells, every text cell as text', async () => {
    expect(csvFiles.length).toBeGreaterThan(4);
    for (const csvFile of csvFiles) {
      const rows = parseCsv(readFileSync(join(DIST, csvFile)), { bom: true }) as string[][];
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(DIST, csvFile.replace(/\.csv$/, '.xlsx')));
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount, csvFile).toBe(rows.length);
      rows.forEach((cells, r) => {
        const row = sheet.getRow(r + 1);
        cells.forEach((csvCell, c) => {
          const cell = row.getCell(c + 1);
          // The CSV puts ' before a cell that would start a formula; the spreadsheet needs no such mark.
          const expected = /^'[=+\-@\t\r]/.test(csvCell) ? csvCell.slice(1) : csvCell;
          if (cell.type === ExcelJS.ValueType.Number)
            expect(String(cell.value), `${csvFile} ${r + 1}:${c + 1}`).toBe(expected);
          else expect(cell.value ?? '', `${csvFile} ${r + 1}:${c + 1}`).toBe(expected);
        });
      });
    }
  });

  it('keep the standard numbered "2.10" as the text 2.10 in the topic matrix', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(DIST, paths.compareDownload('matrix', 'xlsx')));
    const sheet = workbook.worksheets[0]!;
    const column = (sheet.getRow(1).values as string[]).indexOf('Standard number');
    const numbers = sheet
      .getColumn(column)
      .values.slice(2)
      .filter((v) => v !== '');
    expect(numbers).toContain('2.10');
    expect(numbers.filter((v) => typeof v !== 'string')).toEqual([]);
  });
});
