/**
 * Calendar-date validation with no dependencies, so the browser (the self-assessment recorder)
 * and the content schemas share one rule without shipping zod to the client.
 */
/** The months' names, January first, as pages and the sources write them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `value` (YYYY-MM-DD) is not a calendar date, or undefined when it is one. */
export function whyNotADate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'expected a date written as YYYY-MM-DD, e.g. 2009-06-30';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has ${last} days, so day ${day} does not exist`;
  return undefined;
}
