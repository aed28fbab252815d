/**
 * What a price is subject to (VAT, expenses, membership, how often it is paid), in plain words. Nothing
 * here computes a VAT amount: a price is printed with its terms exactly as the source states them.
 */
import type { PriceList, RecurringFee } from '../catalog/types';
import { formatPounds, sumPounds } from './totals';
import { NOT_STATED } from '../catalog/wording';

export type PriceTerms = Pick<PriceList, 'vat' | 'plusExpenses' | 'membership'>;

export const VAT_WORDS = { 'plus-vat': 'plus VAT', 'including-vat': 'including VAT' } as const;
export const MEMBERSHIP_WORDS = { members: "Members' price", 'non-members': "Non-members' price" } as const;
export const FREQUENCY_WORDS = { 'one-off': 'One-off', annual: 'Every year' } as const;
export const VAT_NOT_STATED = 'VAT not stated';

/** "£3,000 plus VAT", "£3,000 plus VAT plus expenses", "£3,000 including VAT", or "£3,000" when the source says neither. */
export function priceWithTerms(pounds: number, terms: PriceTerms): string {
  return [formatPounds(pounds), terms.vat && VAT_WORDS[terms.vat], terms.plusExpenses && 'plus expenses']
    .filter(Boolean)
    .join(' ');
}

/** A price list's published total with its terms, or the reader's phrase where the source prints none. */
export const publishedTotalWords = (published: number | undefined, terms: PriceTerms): string =>
  published === undefined ? NOT_STATED : priceWithTerms(published, terms);

/** In a comparison every price says where it stands on VAT, so "plus VAT" is never read as equal to a price that does not say. */
export const vatStanding = (terms: PriceTerms): string => (terms.vat ? VAT_WORDS[terms.vat] : VAT_NOT_STATED);

/** A price's terms in a few words each ("Members' price", "One-off", "plus VAT"), always saying where it stands on VAT. */
export function termWords(terms: PriceTerms & { frequency?: PriceList['frequency'] }): string[] {
  return [
    terms.membership && MEMBERSHIP_WORDS[terms.membership],
    terms.frequency && FREQUENCY_WORDS[terms.frequency],
    vatStanding(terms),
    terms.plusExpenses && 'plus expenses',
  ].filter((w): w is string => Boolean(w));
}

/** A price with its terms, saying so where the source does not mention VAT: "£750 (VAT not stated)". */
const priceAndVat = (pounds: number, terms: PriceTerms) =>
  priceWithTerms(pounds, terms) + (terms.vat ? '' : ` (${VAT_NOT_STATED})`);

/** The recurring fees a price list's buyer pays: a members' list excludes the non-members' fees and the reverse. */
export const feesFor = (list: PriceTerms, fees: RecurringFee[]): RecurringFee[] =>
  fees.filter((fee) => !fee.membership || !list.membership || fee.membership === list.membership);

/** One amount to add, with its terms and how to name it if it cannot be added. */
export interface PricePart extends PriceTerms {
  name: string;
  amount: number;
}

export type Sum =
  | { kind: 'total'; amount: number; text: string }
  /** Two parts are on different terms (one plus VAT, the other not), so adding them would mislead. */
  | { kind: 'not-added'; reason: string };

/**
 * Adds amounts only when they stand the same on VAT (all plus VAT, all including it, or none saying);
 * the sum carries those terms, and is "plus expenses" when any part is ("£3,400 plus VAT plus expenses").
 */
export function addUp(parts: PricePart[]): Sum {
  const [first, ...rest] = parts;
  const odd = first && rest.find((part) => part.vat !== first.vat);
  if (first && odd) {
    return {
      kind: 'not-added',
      reason: `Not added up: ${first.name} is ${priceAndVat(first.amount, first)} and ${odd.name} is ${priceAndVat(odd.amount, odd)}.`,
    };
  }
  const amount = sumPounds(parts.map((part) => part.amount));
  const plusExpenses = parts.some((part) => part.plusExpenses);
  return {
    kind: 'total',
    amount,
    text: priceWithTerms(amount, { ...(first?.vat && { vat: first.vat }), ...(plusExpenses && { plusExpenses }) }),
  };
}

export const feeParts = (fees: RecurringFee[]): PricePart[] =>
  fees.map((fee) => ({ ...fee, name: `the fee "${fee.activity}"` }));

/** The sum's amount for a number column of a download, '' when it could not be added up or there was nothing to add. */
export const sumAmount = (sum: Sum | undefined): number | '' => (sum?.kind === 'total' ? sum.amount : '');
export const sumText = (sum: Sum | undefined): string => (!sum ? '' : sum.kind === 'total' ? sum.text : sum.reason);
