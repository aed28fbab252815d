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

/** What a reference check knows of a standard (a catalog StandardRecord). */
interface KnownStandard {
  frameworkId: string;
  slug: string;
  standard: { number?: string | undefined; title: string };
}

/** A reference to an entry that is not there, with the ids that are: `"x" is not a known region; expected one of: …`. */
export const unknownEntryMessage = (id: string, kind: string, ids: Iterable<string>) =>
  `"${id}" is not a known ${kind}; expected one of: ${[...ids].sort().join(', ')}`;

/**
 * The message for a reference to a standard a framework does not have, listing the slugs it does
 * have; a reference written as a standard's printed number ("Criterion 2") is told that standard's slug.
 */
export function unknownStandardMessage(
  standards: Map<string, KnownStandard>,
  frameworkId: string,
  reference: string,
  what: string,
): string {
  const own = [...standards.values()].filter((r) => r.frameworkId === frameworkId);
  const printed = own.find((r) => r.standard.number === reference);
  if (printed)
    return `"${reference}" is the printed number of standard "${standardLabel(printed.standard)}" in ${what}; refer to it by its slug "${printed.slug}"`;
  const choices = own.map((r) => (r.standard.number === r.slug ? r.slug : `${r.slug} (${standardLabel(r.standard)})`));
  return `"${reference}" is not a standard of ${what}; expected one of its standards' slugs: ${choices.join(', ') || 'it lists no standards'}`;
}
