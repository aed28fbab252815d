/**
 * A charter's editions with what changed between them: the edition model (catalog/editions.ts)
 * read through the change report's comparison, so the catalog never pulls in the diff engine.
 */
import type { Catalog } from '../catalog/catalog';
import { charterIdOf, currentEditions, editionOrderOf, editionsOf, supersedingEdition } from '../catalog/editions';
import type { Entry, Framework } from '../catalog/types';
import { compareFramework } from './changes';
import { summarise } from './edition-summary';

export interface EditionRecord {
  entry: Entry<Framework>;
  /** This edition is the charter's current one. */
  current: boolean;
  /** The edition that replaced this one, if any. */
  supersededBy: Entry<Framework> | undefined;
  /** What changed from the edition before, in short sentences ("2 standards added"); empty for the first, and without an order. */
  changes: string[];
}

/**
 * A charter's editions, oldest first, each with what changed since the one before: the same
 * comparison as the pull-request change report (./changes.ts).
 */
export function editionHistory(catalog: Catalog, frameworkId: string): EditionRecord[] {
  const editions = editionsOf(catalog, frameworkId);
  const fw = catalog.frameworks.get(frameworkId);
  const current = fw ? currentEditions(catalog, charterIdOf(fw)) : [];
  // Without an order there is no "edition before" to compare with.
  const ordered = !(fw && editionOrderOf(catalog, charterIdOf(fw)));
  const version = (e: Entry<Framework>) => ({ framework: e.data, costs: catalog.costsByFramework.get(e.id)?.data });
  return editions.map((entry, i) => {
    const previous = ordered ? editions[i - 1] : undefined;
    return {
      entry,
      current: current.includes(entry),
      supersededBy: supersedingEdition(catalog, entry.id),
      changes: previous ? summarise(compareFramework(entry.id, version(previous), version(entry))) : [],
    };
  });
}
