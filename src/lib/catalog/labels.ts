/**
 * How standards and themes are named on pages, in downloads and in messages: as the source prints
 * them, with no number where it gives none. Dependency-free: the self-assessment recorder uses it
 * in the browser.
 */

/** "2.9 Structured induction", "Criterion 2 Councillor roles", or the title alone for an unnumbered standard. */
export const standardLabel = (standard: { number?: string | undefined; title: string }): string =>
  standard.number === undefined ? standard.title : `${standard.number} ${standard.title}`;

/**
 * "1. Commitment to Member development", or the title alone for an unnumbered theme; undefined for the
 * untitled theme of a flat list of standards, which has no heading (none is invented).
 */
export const themeHeading = (theme: { number?: number | undefined; title?: string | undefined }): string | undefined =>
  theme.title === undefined ? undefined : theme.number === undefined ? theme.title : `${theme.number}. ${theme.title}`;

/** A standard named briefly, in a sentence: its number as printed, or its title in quotes when it has none. */
export const standardShortName = (standard: { number?: string | undefined; title: string }): string =>
  standard.number ?? `“${standard.title}”`;
