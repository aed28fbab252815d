/**
 * A standard's slug: the part of its page address, saved self-assessment answers and references
 * (action-plan rows, topic mappings, strategies) that names it. Kept apart from framework.ts, with
 * no dependency, because the self-assessment recorder uses it in the browser.
 */

/** Lower-case letters and digits, in runs joined by single dots or hyphens: "2.9", "criterion-2", "a". */
export const STANDARD_SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * A printed number made safe for an address: lower-cased, every run of other characters a hyphen
 * ("1.1" → "1.1", "Criterion 2" → "criterion-2", "A" → "a"). Empty when nothing of it is safe ("•").
 */
export function numberSlug(number: string): string {
  return number
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Ŵ" → "w"
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/[.-]{2,}/g, (run) => (run.includes('-') ? '-' : '.'))
    .replace(/^[.-]+|[.-]+$/g, '');
}

/** The slug a standard goes by: its own `slug`, else its number made safe (empty: neither, which the schema refuses). */
export const standardSlug = (standard: { number?: string | undefined; slug?: string | undefined }): string =>
  standard.slug ?? (standard.number === undefined ? '' : numberSlug(standard.number));
