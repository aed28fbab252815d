/**
 * The spreadsheet beside each CSV keeps identifiers as text: opened back with exceljs (a reader,
 * not the code that wrote it), "2.10" is the text "2.10", never the number 2.1, and "=1+1" is text,
 * never a formula.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../src/lib/common/tables';

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook.worksheets[0]!;
}

describe('the spreadsheet download', () => {
  it('keeps numbers as numbers and everything written as text as text, identifiers included', async () => {
    const sheet = await open(
      await toXlsx(
        {
          columns: { standard: 'Standard number', title: 'Standard', total: 'Total of the lines (£)' },
          rows: [
            { standard: '2.10', title: 'Budget', total: 4480 },
            { standard: '2.1', title: '=HYPERLINK("https://evil.example","x")', total: 0.5 },
            { standard: '007', title: '1e3', total: -0 },
          ],
        },
        'Test',
      ),
    );
    expect(sheet.name).toBe('Test');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Standard number',
      'Standard',
      'Total of the lines (£)',
    ]);
    const cells = [2, 3, 4].map((r) => [1, 2, 3].map((c) => sheet.getRow(r).getCell(c)));
    expect(cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ['2.10', 'Budget', 4480],
      ['2.1', '=HYPERLINK("https://evil.example","x")', 0.5],
      ['007', '1e3', 0],
    ]);
    expect(cells.map((row) => row.map((cell) => cell.type))).toEqual(
      Array(3).fill([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.Number]),
    );
  });
});
