/** The costs comparison's downloads: one row per price list, with its terms, and the same as JSON. */
import type { Catalog } from '../catalog/catalog';
import {
  FREQUENCY_WORDS,
  MEMBERSHIP_WORDS,
  priceWithTerms,
  publishedTotalWords,
  sumAmount,
  sumText,
  vatStanding,
  type PriceTerms,
  type Sum,
} from './terms';
import { PATHWAY_WORDS, costComparison } from './comparison';
import type { Table } from '../common/tables';

// The terms columns say what each price is subject to, so a "plus VAT" total is never read as equal to one
// that includes VAT or does not say: the *_text columns carry the terms with the amount ("£3,000 plus VAT").
const COST_COLUMNS = {
  framework_id: 'Framework identifier',
  framework: 'Framework',
  level: 'Level',
  pathway: 'Pathway',
  price_list: 'Price list',
  prices_dated: 'Prices dated (as published)',
  lines_total: 'Total of the lines (£)',
  published_total: 'Published total (£)',
  difference: 'Published total less total of the lines (£)',
  recurring_per_year: 'Recurring fees a year (£)',
  first_year_total: 'First year with recurring fees (£)',
  lines_total_text: 'Total of the lines, with its terms',
  published_total_text: 'Published total, with its terms',
  note: 'Note',
  lines_as_published: 'Lines as published',
  vat: 'VAT',
  plus_expenses: 'Expenses',
  membership: 'Whose price',
  frequency: 'How often',
  recurring_per_year_text: 'Recurring fees a year, with their terms',
  first_year_text: 'First year with recurring fees, with its terms',
} as const;

export function costsTable(catalog: Catalog): Table<keyof typeof COST_COLUMNS> {
  return {
    columns: COST_COLUMNS,
    rows: costComparison(catalog).flatMap(({ rows }) =>
      rows.map((row) => ({
        framework_id: row.framework.id,
        framework: row.framework.data.shortTitle,
        level: row.levelName ?? '',
        pathway: PATHWAY_WORDS[row.pathway],
        price_list: row.list.title,
        prices_dated: row.list.published?.asPublished ?? '',
        lines_total: row.totals.computed,
        published_total: row.totals.published ?? '',
        difference: row.totals.difference,
        recurring_per_year: sumAmount(row.recurringPerYear),
        first_year_total: sumAmount(row.firstYear),
        lines_total_text: priceWithTerms(row.totals.computed, row.list),
        published_total_text: publishedTotalWords(row.totals.published, row.list),
        note: row.inconsistency ?? '',
        lines_as_published: row.list.lines.map((l) => l.asPublished).join(' | '),
        vat: vatStanding(row.list),
        plus_expenses: row.list.plusExpenses ? 'plus expenses' : '',
        membership: row.list.membership ? MEMBERSHIP_WORDS[row.list.membership] : '',
        frequency: row.list.frequency ? FREQUENCY_WORDS[row.list.frequency] : '',
        recurring_per_year_text: sumText(row.recurringPerYear),
        first_year_text: sumText(row.firstYear),
      })),
    ),
  };
}

/** The terms exactly as the content states them; null where the source does not say. */
const termsJson = (terms: PriceTerms) => ({
  vat: terms.vat ?? null,
  plusExpenses: terms.plusExpenses ?? null,
  membership: terms.membership ?? null,
});
const sumJson = (sum: Sum | undefined) =>
  !sum ? null : sum.kind === 'total' ? { amount: sum.amount, text: sum.text } : { amount: null, text: sum.reason };

export function costsJson(catalog: Catalog) {
  return costComparison(catalog).map(({ framework, costs, rows }) => ({
    framework: framework.id,
    currency: costs?.data.currency ?? null,
    priceLists: rows.map((row) => ({
      id: row.list.id,
      title: row.list.title,
      level: row.levelName ?? null,
      // The source's date for these prices in the content's own shape; null where it gives none.
      published: row.list.published ?? null,
      pathway: row.pathway,
      ...termsJson(row.list),
      frequency: row.list.frequency ?? null,
      linesTotal: row.totals.computed,
      linesTotalText: priceWithTerms(row.totals.computed, row.list),
      publishedTotal: row.totals.published ?? null,
      inconsistency: row.inconsistency ?? null,
      recurringPerYear: sumJson(row.recurringPerYear),
      firstYear: sumJson(row.firstYear),
      lines: row.list.lines.map((l) => ({
        activity: l.activity,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        asPublished: l.asPublished,
      })),
    })),
    recurringFees: (costs?.data.recurringFees ?? []).map((f) => ({
      activity: f.activity,
      amount: f.amount,
      period: f.period,
      ...termsJson(f),
      asPublished: f.asPublished,
    })),
  }));
}
