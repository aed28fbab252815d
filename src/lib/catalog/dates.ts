/**
 * Dates as sources state them, at the precision they give (a day, a month or a year alone): display,
 * sorting and the inconsistencies worth showing. The one module for what a date says is known.
 */
import type { SourceDate } from './types';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What a date says is known, as YYYY-MM-DD, YYYY-MM or YYYY (its length is its precision), or
 * undefined when the source dates it only in words ("2020 / 21").
 */
export function knownDate(d: SourceDate | undefined): string | undefined {
  if (!d) return undefined;
  return d.date ?? d.month ?? (d.year === undefined ? undefined : String(d.year));
}

/** How precise a known date is, from its YYYY-MM-DD, YYYY-MM or YYYY form. */
export const precisionOf = (iso: string): 'day' | 'month' | 'year' =>
  iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';

/**
 * Oldest first by what is known; a year before a month and a month before a day within it (ties by
 * precision: "2019" < "2019-06" < "2019-06-30" as text); dates known only in words last.
 */
export function compareDates(a: SourceDate | undefined, b: SourceDate | undefined): number {
  const [x, y] = [knownDate(a), knownDate(b)];
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** "30 June 2009" for a date, "November 2008" for a month, "2019" for a year. */
export function formatDate(iso: string): string {
  if (precisionOf(iso) === 'year') return iso;
  return iso.length === 7
    ? monthYear.format(new Date(`${iso}-01T00:00:00Z`))
    : longDate.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A key that sorts deadlines in time order: a month sorts at its last day and a year at its last
 * month, so "by November 2008" comes after "by 30 November 2008". Undefined when the source gives no date.
 */
export function sortKey(due: SourceDate | undefined): string | undefined {
  const known = knownDate(due);
  if (!known) return undefined;
  if (precisionOf(known) === 'year') return `${known}-12-32`;
  if (precisionOf(known) === 'month') return `${known}-31`;
  return known;
}
