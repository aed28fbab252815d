/**
 * Figures as a reader sees them on the page, written out here rather than taken from the code that
 * built the page, so a test comparing a page with its content cannot share a mistake with it.
 */
import type { PriceList } from '../../src/lib/catalog/types';

/** Pounds as printed: "£4,480". */
export const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** A price list's lines added up: each line's unit price times its quantity (1 when the file states none). */
export const linesTotal = (list: Pick<PriceList, 'lines'>) =>
  list.lines.reduce((n, l) => n + l.unitPrice * (l.quantity ?? 1), 0);
