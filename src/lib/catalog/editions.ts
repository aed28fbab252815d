/**
 * Editions: a charter (e.g. "east-midlands") can have several framework editions, each its own
 * framework file with its own stable page. `supersedes` links an edition to the one it replaces;
 * where the sources give no order, every edition says so with `editionOrder` instead, and the site
 * then never calls one the first, the later or the superseded edition.
 */
import type { Catalog } from './catalog';
import type { Benefits, Entry, Framework } from './types';
import type { EditionOrder } from '../../schemas/framework';

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
    if (!older) continue; // an unknown id is reported by the reference check (content/references.ts)
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
    // Editions without an order are told to drop supersedes instead (unorderedProblems).
    if (older.data.status !== 'superseded' && !older.data.editionOrder && !f.data.editionOrder) {
      problems.push({
        file: file(older),
        path: 'status',
        message: `found "${older.data.status}", but "${f.id}" supersedes this edition; set status: superseded`,
      });
    }
  }

  const chains = new Map<string, Entry<Framework>[]>();
  for (const [charter, editions] of groups) {
    const order = editions.find((e) => e.data.editionOrder)?.data.editionOrder;
    if (order) {
      problems.push(...unorderedProblems(charter, order, editions, file));
      chains.set(charter, editions); // file order, which says nothing about time
      continue;
    }
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
            : `the charter "${charter}" has ${roots.length} editions that supersede none of its others (${roots.map((r) => r.id).join(', ')}); each later edition needs supersedes: <the edition before it>, or, where the sources give no order, give every edition editionOrder: in-force-together (they apply side by side) or editionOrder: not-stated`,
      });
    }
    chains.set(charter, ordered);
  }
  return { chains, problems };
}

/** A charter whose editions have no order: every edition says the same `editionOrder`, none supersedes another. */
function unorderedProblems(
  charter: string,
  order: EditionOrder,
  editions: Entry<Framework>[],
  file: (f: Entry<Framework>) => string,
): EditionProblem[] {
  return editions.flatMap((e): EditionProblem[] => [
    ...(e.data.editionOrder === order
      ? []
      : [
          {
            file: file(e),
            path: 'editionOrder',
            message: `${e.data.editionOrder ? `found "${e.data.editionOrder}", but` : 'missing:'} another edition of the charter "${charter}" says editionOrder: ${order}; give every edition of the charter the same editionOrder`,
          },
        ]),
    ...(e.data.supersedes
      ? [
          {
            file: file(e),
            path: 'supersedes',
            message: `the editions of the charter "${charter}" have no order (editionOrder: ${order}), so none supersedes another; remove supersedes, or remove editionOrder from every edition and chain them with supersedes`,
          },
        ]
      : []),
  ]);
}

const chainCache = new WeakMap<Catalog, Map<string, Entry<Framework>[]>>();
const chainsOf = (catalog: Catalog) => {
  let chains = chainCache.get(catalog);
  if (!chains) chainCache.set(catalog, (chains = editionChains(catalog.entries.frameworks).chains));
  return chains;
};

/** Every edition of the charter `frameworkId` belongs to, oldest first (file order where `editionOrder` says there is no order). */
export function editionsOf(catalog: Catalog, frameworkId: string): Entry<Framework>[] {
  const fw = catalog.frameworks.get(frameworkId);
  return fw ? (chainsOf(catalog).get(charterIdOf(fw)) ?? [fw]) : [];
}

/** The edition readers should see by default: the newest that is not a draft. */
export function currentEdition(catalog: Catalog, charterId: string): Entry<Framework> | undefined {
  const editions = chainsOf(catalog).get(charterId) ?? [];
  return [...editions].reverse().find((e) => e.data.status !== 'draft') ?? editions.at(-1);
}

/** How the charter's editions stand to each other where the sources do not order them; undefined for a `supersedes` chain. */
export const editionOrderOf = (catalog: Catalog, charterId: string): EditionOrder | undefined =>
  chainsOf(catalog)
    .get(charterId)
    ?.find((e) => e.data.editionOrder)?.data.editionOrder;

/**
 * The editions a reader may mean by "the charter now": the current edition of a chain, or, for a
 * charter without an order, every edition whose status is current (none is picked over another).
 */
export function currentEditions(catalog: Catalog, charterId: string): Entry<Framework>[] {
  if (!editionOrderOf(catalog, charterId)) return [currentEdition(catalog, charterId)].filter((e) => e !== undefined);
  const editions = chainsOf(catalog).get(charterId) ?? [];
  const current = editions.filter((e) => e.data.status === 'current');
  return current.length ? current : editions.filter((e) => e.data.status !== 'draft');
}

/** An edition's name where it stands beside the charter's other editions: its short title, with its label. */
export const editionName = (e: Entry<Framework>): string =>
  e.data.edition.label ? `${e.data.shortTitle} (${e.data.edition.label})` : e.data.shortTitle;

/** The charter's name for lists and headings: its current edition's short title, or each current edition's when there are several. */
export function charterTitle(catalog: Catalog, charterId: string): string {
  const titles = [...new Set(currentEditions(catalog, charterId).map((e) => e.data.shortTitle))];
  return titles.length ? titles.join(' and ') : charterId;
}

/**
 * The values and benefits an edition's page shows: its own, or, on a current edition that has none,
 * the charter's from the edition that states them (the latest in a chain; for editions without an
 * order, only where exactly one other edition has them, never one picked among several).
 */
export function benefitsShownOn(
  catalog: Catalog,
  frameworkId: string,
): { benefits: Entry<Benefits>; edition: Entry<Framework> } | undefined {
  const fw = catalog.frameworks.get(frameworkId);
  if (!fw) return undefined;
  const own = catalog.benefitsByFramework.get(frameworkId);
  if (own) return { benefits: own, edition: fw };
  if (!currentEditions(catalog, charterIdOf(fw)).includes(fw)) return undefined;
  const others = editionsOf(catalog, frameworkId).filter((e) => catalog.benefitsByFramework.has(e.id));
  const edition = editionOrderOf(catalog, charterIdOf(fw))
    ? others.length === 1
      ? others[0]
      : undefined
    : others.at(-1);
  return edition && { benefits: catalog.benefitsByFramework.get(edition.id)!, edition };
}

/** The edition in this site that replaces `frameworkId`, if there is one. */
export const supersedingEdition = (catalog: Catalog, frameworkId: string): Entry<Framework> | undefined =>
  [...catalog.frameworks.values()].find((e) => e.data.supersedes?.id === frameworkId);

/** Every charter id, in framework file order. */
export const charterIds = (catalog: Catalog): string[] => [...chainsOf(catalog).keys()];

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
