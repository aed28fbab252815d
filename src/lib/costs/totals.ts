/** Price-list arithmetic: totals computed from the lines, compared with the totals a source publishes. */
import type { CostLine, PriceList } from '../catalog/types';

/** Pounds to pence, so sums are exact. */
const toPence = (pounds: number) => Math.round(pounds * 100);

/** Adds amounts in pounds, exactly: added up in pence, so 0.1 + 0.2 is 0.3. */
export const sumPounds = (amounts: number[]): number => amounts.reduce((sum, pounds) => sum + toPence(pounds), 0) / 100;

const linePence = (line: CostLine): number => toPence(line.unitPrice) * line.quantity;

export const lineTotal = (line: CostLine): number => linePence(line) / 100;

export interface PriceListTotals {
  /** The sum of the lines, in pounds. */
  computed: number;
  /** The total the source prints, if it prints one. */
  published: number | undefined;
  /** Published minus computed, in pounds; 0 when they agree or nothing is published. */
  difference: number;
  /** True when the source prints a total that is not the sum of its lines. */
  mismatch: boolean;
}

export function priceListTotals(list: PriceList): PriceListTotals {
  const computedPence = list.lines.reduce((sum, line) => sum + linePence(line), 0);
  const published = list.publishedTotal;
  const differencePence = published === undefined ? 0 : toPence(published) - computedPence;
  return {
    computed: computedPence / 100,
    published,
    difference: differencePence / 100,
    mismatch: differencePence !== 0,
  };
}

const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 });

/** "£5,180" for whole pounds, "£0.50" otherwise. */
export const formatPounds = (pounds: number): string =>
  (Number.isInteger(pounds) ? wholePounds : poundsAndPence).format(pounds);

/** A sentence saying plainly how a published total differs from its lines. */
export function mismatchSentence(totals: PriceListTotals): string | undefined {
  if (!totals.mismatch || totals.published === undefined) return undefined;
  const direction = totals.difference > 0 ? 'more' : 'less';
  return `The source states a total of ${formatPounds(totals.published)}, but its lines add up to ${formatPounds(totals.computed)}: the stated total is ${formatPounds(Math.abs(totals.difference))} ${direction} than the sum of the lines.`;
}

export const PATHWAY_LABELS = { 'first-time': 'First time', reassessment: 'Re-assessment' } as const;

/**
 * The warning for a price list an edit has left with lines that do not add up to its published
 * total, in the editor before saving and in the pull request's change report.
 */
export function totalsWarning(computed: number, published: number | undefined): string | undefined {
  if (published === undefined || toPence(published) === toPence(computed)) return undefined;
  return `These lines add to ${formatPounds(computed)}; the published total is ${formatPounds(published)}. Keep both only if the source says so.`;
}
