/**
 * Editions: a charter (e.g. "east-midlands") can have several framework editions, each its own
 * framework file with its own stable page. `supersedes` links an edition to the one it replaces.
 */
import type { Catalog } from '../catalog/catalog';
import { compareFramework, summarise } from './changes';
import type { Entry, Framework } from '../catalog/types';

/** The charter an edition belongs to: its `charter` field, or its own id. */
export const charterIdOf = (entry: Entry<Framework>): string => entry.data.charter ?? entry.id;

export interface EditionProblem {
  file: string;
  path: string;
  message: string;
}

/**
 * Each charter's editions, oldest first, following the `supersedes` chain (editions outside a
 * valid chain keep file order, after it), plus every inconsistency in the chain.
 */
export function editionChains(frameworks: Entry<Framework>[]): {
  chains: Map<string, Entry<Framework>[]>;
  problems: EditionProblem[];
} {
  const problems: EditionProblem[] = [];
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  const groups = new Map<string, Entry<Framework>[]>();
  for (const f of frameworks) groups.set(charterIdOf(f), [...(groups.get(charterIdOf(f)) ?? []), f]);
  const file = (f: Entry<Framework>) => f.filePath ?? f.id;

  const supersededBy = new Map<string, Entry<Framework>>();
  for (const f of frameworks) {
    const older = f.data.supersedes && byId.get(f.data.supersedes.id);
    if (!older) continue; // an unknown id is reported by the catalog
    if (older.id === f.id) {
      problems.push({ file: file(f), path: 'supersedes', message: `an edition cannot supersede itself ("${f.id}")` });
      continue;
    }
    if (charterIdOf(older) !== charterIdOf(f)) {
      problems.push({
        file: file(f),
        path: 'supersedes',
        message: `"${older.id}" is an edition of the charter "${charterIdOf(older)}", but this edition belongs to "${charterIdOf(f)}"; give both the same charter field`,
      });
      continue;
    }
    const earlier = supersededBy.get(older.id);
    if (earlier) {
      problems.push({
        file: file(f),
        path: 'supersedes',
        message: `"${older.id}" is already superseded by "${earlier.id}"; an edition can be superseded by only one later edition`,
      });
      continue;
    }
    supersededBy.set(older.id, f);
    if (older.data.status !== 'superseded') {
      problems.push({
        file: file(older),
        path: 'status',
        message: `found "${older.data.status}", but "${f.id}" supersedes this edition; set status: superseded`,
      });
    }
  }

  const chains = new Map<string, Entry<Framework>[]>();
  for (const [charter, editions] of groups) {
    const roots = editions.filter((f) => !(f.data.supersedes && supersededBy.get(f.data.supersedes.id) === f));
    const ordered: Entry<Framework>[] = [];
    for (const root of roots) {
      for (let e: Entry<Framework> | undefined = root; e && !ordered.includes(e); e = supersededBy.get(e.id))
        ordered.push(e);
    }
    for (const e of editions) if (!ordered.includes(e)) ordered.push(e); // a cycle
    if (roots.length !== 1 && editions.length > 1) {
      const first = roots[1] ?? editions[0]!;
      problems.push({
        file: file(first),
        path: 'supersedes',
        message:
          roots.length === 0
            ? `the editions of the charter "${charter}" supersede each other in a circle; the first edition must not have supersedes`
            : `the charter "${charter}" has ${roots.length} editions that supersede none of its others (${roots.map((r) => r.id).join(', ')}); each later edition needs supersedes: <the edition before it>`,
      });
    }
    chains.set(charter, ordered);
  }
  return { chains, problems };
}

const chainCache = new WeakMap<Catalog, Map<string, Entry<Framework>[]>>();
const chainsOf = (catalog: Catalog) => {
  let chains = chainCache.get(catalog);
  if (!chains) chainCache.set(catalog, (chains = editionChains(catalog.entries.frameworks).chains));
  return chains;
};

/** Every edition of the charter `frameworkId` belongs to, oldest first. */
export function editionsOf(catalog: Catalog, frameworkId: string): Entry<Framework>[] {
  const fw = catalog.frameworks.get(frameworkId);
  return fw ? (chainsOf(catalog).get(charterIdOf(fw)) ?? [fw]) : [];
}

/** The edition readers should see by default: the newest that is not a draft. */
export function currentEdition(catalog: Catalog, charterId: string): Entry<Framework> | undefined {
  const editions = chainsOf(catalog).get(charterId) ?? [];
  return [...editions].reverse().find((e) => e.data.status !== 'draft') ?? editions.at(-1);
}

/** The edition in this site that replaces `frameworkId`, if there is one. */
export const supersedingEdition = (catalog: Catalog, frameworkId: string): Entry<Framework> | undefined =>
  [...catalog.frameworks.values()].find((e) => e.data.supersedes?.id === frameworkId);

/** Every charter id, in framework file order. */
export const charterIds = (catalog: Catalog): string[] => [...chainsOf(catalog).keys()];

export interface EditionRecord {
  entry: Entry<Framework>;
  /** This edition is the charter's current one. */
  current: boolean;
  /** The edition that replaced this one, if any. */
  supersededBy: Entry<Framework> | undefined;
  /** What changed from the edition before, in short sentences ("2 standards added"); empty for the first. */
  changes: string[];
}

/**
 * A charter's editions, oldest first, each with what changed since the one before: the same
 * comparison as the pull-request change report (src/lib/changes/changes.ts).
 */
export function editionHistory(catalog: Catalog, frameworkId: string): EditionRecord[] {
  const editions = editionsOf(catalog, frameworkId);
  const fw = catalog.frameworks.get(frameworkId);
  const current = fw && currentEdition(catalog, charterIdOf(fw));
  const version = (e: Entry<Framework>) => ({ framework: e.data, costs: catalog.costsByFramework.get(e.id)?.data });
  return editions.map((entry, i) => {
    const previous = editions[i - 1];
    return {
      entry,
      current: entry === current,
      supersededBy: supersedingEdition(catalog, entry.id),
      changes: previous ? summarise(compareFramework(entry.id, version(previous), version(entry))) : [],
    };
  });
}

/**
 * An edition's dates, each with its label. "Published" is always listed (shown as not stated
 * when absent); the others only where the source states them.
 */
export function editionDates(fw: Framework): { label: string; value: string | undefined }[] {
  const e = fw.edition;
  return [
    { label: 'Published', value: e.published?.asPublished },
    ...(e.inForceFrom ? [{ label: 'In force from', value: e.inForceFrom.asPublished }] : []),
    ...(e.firstIntroduced ? [{ label: 'First introduced', value: e.firstIntroduced.asPublished }] : []),
    ...(e.reviewed?.length ? [{ label: 'Reviewed', value: e.reviewed.map((d) => d.asPublished).join('; ') }] : []),
  ];
}
