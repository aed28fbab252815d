/** Dates as sources state them: display, sorting and the inconsistencies worth showing. */
import type { SourceDate } from '../catalog/types';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 June 2009" for a date, "November 2008" for a month. */
export function formatDate(iso: string): string {
  return iso.length === 7
    ? monthYear.format(new Date(`${iso}-01T00:00:00Z`))
    : longDate.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A key that sorts dates in time order: a month sorts at its last day, so "by November 2008"
 * comes after "by 30 November 2008"'s neighbours in the same month. Undefined when the source gives no date.
 */
export function sortKey(due: SourceDate | undefined): string | undefined {
  if (!due) return undefined;
  if (due.date) return due.date;
  if (due.month) return `${due.month}-31`;
  return undefined;
}
