/**
 * The tables every download is made from, and their writers: CSV through the site's one CSV writer
 * (./csv.ts, which also neutralises formulas) and the Excel spreadsheet. Each domain shapes its own
 * tables (crosswalk/downloads.ts, costs/downloads.ts, register/downloads.ts); site/download-files.ts
 * writes every download once and knows its size.
 */
import ExcelJS from 'exceljs';
import { writeCsv } from './csv';

/** Turns a site path into the absolute address a download should carry. */
export type Link = (path: string) => string;

/**
 * A table for CSV and spreadsheet downloads: each column's key with its heading in words a council
 * officer reads (the header row), in column order, and one record per row.
 */
export interface Table<C extends string = string> {
  columns: Readonly<Record<C, string>>;
  rows: Record<C, string | number>[];
}

/** The header row and the rows as cells, in column order. */
export const tableCells = (table: Table): { header: string[]; rows: (string | number)[][] } => {
  const keys = Object.keys(table.columns);
  return { header: Object.values(table.columns), rows: table.rows.map((row) => keys.map((k) => row[k] ?? '')) };
};

export function toCsv(table: Table): string {
  const { header, rows } = tableCells(table);
  return writeCsv(header, rows);
}

/**
 * A table as an Excel workbook (exceljs): one sheet, the headings in bold on a frozen first row.
 * Every text cell is a string cell formatted as text ("@"), so an identifier such as "2.10" stays
 * "2.10" (a spreadsheet opening the CSV reads it as the number 2.1) and "=1+1" is never a formula.
 */
export async function toXlsx(table: Table, sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
  const { header, rows } = tableCells(table);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    cells.forEach((value, i) => {
      if (typeof value === 'string') row.getCell(i + 1).numFmt = '@';
    });
  }
  header.forEach((heading, i) => {
    const widest = Math.max(heading.length, ...rows.map((r) => String(r[i]).length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
