/**
 * Costs compared across frameworks: every framework's price lists normalised so they line up by level
 * and pathway, each with its recurring fees and a first-year figure, added up only where the prices'
 * terms (VAT, expenses) agree. Used by /compare/costs/ and its downloads, and for the headline
 * prices on each framework's page and its costs page.
 */
import type { Catalog } from '../catalog/catalog';
import { frameworksInOrder, levelOf } from '../catalog/listings';
import type { Costs, Entry, Framework, PriceList, RecurringFee } from '../catalog/types';
import { addUp, feeParts, feesFor, priceWithTerms, type Sum } from './terms';
import { NOT_STATED_IN_SOURCE } from '../catalog/wording';
import { PATHWAY_LABELS, formatPounds, mismatchSentence, priceListTotals, type PriceListTotals } from './totals';

export const PATHWAY_WORDS = { ...PATHWAY_LABELS, 'not-stated': NOT_STATED_IN_SOURCE } as const;

/** One price list, normalised so lists from different frameworks line up by level and pathway. */
export interface CostRow {
  framework: Entry<Framework>;
  list: PriceList;
  /** The level's name; absent for a price the source ties to no level (nothing is said about a level). */
  levelName: string | undefined;
  pathway: keyof typeof PATHWAY_WORDS;
  totals: PriceListTotals;
  /** The sentence saying how the published total differs from the lines, when it does. */
  inconsistency: string | undefined;
  /** The recurring fees that apply to this list (a members' list leaves out the non-members' fees). */
  fees: RecurringFee[];
  /** Those fees for one year, added up only where their terms (VAT, expenses) agree; absent where the source states no fee (never "£0"). */
  recurringPerYear: Sum | undefined;
  /** The lines' total plus one year of those fees, where the terms agree; absent where there is no fee to add. */
  firstYear: Sum | undefined;
}

export interface FrameworkCosts {
  framework: Entry<Framework>;
  costs: Entry<Costs> | undefined;
  rows: CostRow[];
}

const PATHWAY_ORDER = ['first-time', 'reassessment', 'not-stated'] as const;

/** Every framework's price lists side by side, ordered by level (as the framework orders them, lists with no level last) and pathway. */
export function costComparison(catalog: Catalog): FrameworkCosts[] {
  return frameworksInOrder(catalog).map((framework) => {
    const costs = catalog.costsByFramework.get(framework.id);
    return { framework, costs, rows: costRows(framework, costs?.data) };
  });
}

/** One framework's price lists as comparison rows, in that order. */
export function costRows(framework: Entry<Framework>, costs: Costs | undefined): CostRow[] {
  const levels = framework.data.levels;
  const rows = (costs?.priceLists ?? []).map((list): CostRow => {
    const totals = priceListTotals(list);
    const fees = feesFor(list, costs?.recurringFees ?? []);
    return {
      framework,
      list,
      levelName: list.level && (levelOf(framework.data, list.level)?.name ?? list.level),
      pathway: list.pathway ?? 'not-stated',
      totals,
      inconsistency: mismatchSentence(totals),
      fees,
      recurringPerYear: fees.length ? addUp(feeParts(fees)) : undefined,
      firstYear: fees.length
        ? addUp([{ ...list, name: 'the price list', amount: totals.computed }, ...feeParts(fees)])
        : undefined,
    };
  });
  const levelIndex = (row: CostRow) => {
    const i = levels.findIndex((l) => l.id === row.list.level);
    return i === -1 ? levels.length : i;
  };
  return rows.sort(
    (a, b) => levelIndex(a) - levelIndex(b) || PATHWAY_ORDER.indexOf(a.pathway) - PATHWAY_ORDER.indexOf(b.pathway),
  );
}

/** One price list's headline: what the source says accreditation at that level and pathway costs. */
export interface HeadlinePrice {
  /** "Level 1, first time"; a list tied to no level goes by its own title. */
  label: string;
  /** The total as the source states it, with its terms; the sum of the lines only where it states none, saying so. */
  price: string;
  listId: string;
}

/** The headline price of each of a framework's price lists, in the order the costs page shows them. */
export function headlinePrices(framework: Entry<Framework>, costs: Costs): HeadlinePrice[] {
  return costRows(framework, costs).map((row) => {
    const level = row.levelName ?? row.list.title;
    const { computed, published, mismatch } = row.totals;
    const price =
      published === undefined
        ? `${priceWithTerms(computed, row.list)} (the sum of its lines: the source states no total)`
        : `${priceWithTerms(published, row.list)}${mismatch ? ` as published (its lines add up to ${formatPounds(computed)})` : ''}`;
    return {
      label: row.pathway === 'not-stated' ? level : `${level}, ${PATHWAY_WORDS[row.pathway].toLowerCase()}`,
      price,
      listId: row.list.id,
    };
  });
}
