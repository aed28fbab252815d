/** How the reference checks word a reference to something that is not there. */
import type { StandardRecord } from '../catalog/catalog';
import { standardLabel } from '../catalog/labels';

/** A reference to an entry that is not there, with the ids that are: `"x" is not a known region; expected one of: …`. */
export const unknownEntryMessage = (id: string, kind: string, ids: Iterable<string>) =>
  `"${id}" is not a known ${kind}; expected one of: ${[...ids].sort().join(', ')}`;

/**
 * The message for a reference to a standard a framework does not have, listing the slugs it does
 * have; a reference written as a standard's printed number ("Criterion 2") is told that standard's slug.
 */
export function unknownStandardMessage(
  standards: Map<string, StandardRecord>,
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
