/**
 * Which pair comparisons (/compare/<a>/<b>/) the site builds, and which addresses redirect to them:
 * the one place that decides, used by the pair pages, their downloads, the compare index and the list
 * of pages the content check knows.
 *
 * A reader compares the current charters of two regions, or an edition with the one it replaced;
 * comparing two superseded editions of different regions is never wanted. So pages grow with the
 * square of current charters plus the number of editions, not with the square of every edition.
 */
import type { Catalog } from '../catalog/catalog';
import { charterIdOf, charterIds, currentEdition, currentEditions, editionsOf } from '../catalog/editions';
import type { Entry, Framework } from '../catalog/types';
import { knownDate } from '../catalog/dates';
import { canonicalPair } from '../common/urls';

export type FrameworkPair = [Entry<Framework>, Entry<Framework>];

export interface PairRedirect {
  /** The address as asked for: first and second id in that order. */
  from: [string, string];
  /** The pair page it redirects to, in canonical order. */
  to: [string, string];
}

export interface PairRoutes {
  /** Pair pages, each in canonical order, sorted by address. */
  pages: FrameworkPair[];
  /** Every other pair address that resolves: the reverse order of each page, and old pairs of superseded editions. */
  redirects: PairRedirect[];
}

/** When an edition was in force, as ISO strings compared lexically; undefined = unbounded (not stated). */
interface Period {
  from: string | undefined;
  until: string | undefined;
}

const startOf = (fw: Entry<Framework>): string | undefined => {
  const published = fw.data.edition.published;
  return knownDate(published);
};

/**
 * Each published edition's period as a charter's current edition: from its publication to its
 * successor's. A date the source does not state leaves that end open, so the periods of editions
 * without dates overlap everything (an old address is kept rather than broken on a guess).
 */
function currencyPeriods(catalog: Catalog): Map<string, Period> {
  const periods = new Map<string, Period>();
  for (const charter of charterIds(catalog)) {
    const current = currentEdition(catalog, charter);
    const published = editionsOf(catalog, current?.id ?? '').filter((e) => e.data.status !== 'draft');
    published.forEach((edition, i) => {
      const next = published[i + 1];
      periods.set(edition.id, {
        from: startOf(edition),
        until: edition === current || !next ? undefined : startOf(next),
      });
    });
  }
  return periods;
}

const overlap = (a: Period, b: Period) =>
  (a.from === undefined || b.until === undefined || a.from < b.until) &&
  (b.from === undefined || a.until === undefined || b.from < a.until);

const routesCache = new WeakMap<Catalog, PairRoutes>();

/** The pair pages and redirects for a catalog, worked out once per build. */
export function pairRoutes(catalog: Catalog): PairRoutes {
  let routes = routesCache.get(catalog);
  if (!routes) routesCache.set(catalog, (routes = buildPairRoutes(catalog)));
  return routes;
}

function buildPairRoutes(catalog: Catalog): PairRoutes {
  const frameworks = catalog.entries.frameworks;
  // Every current edition: several for a charter whose editions are in force together (editionOrder).
  const current = new Map(charterIds(catalog).map((charter) => [charter, currentEditions(catalog, charter)] as const));
  const currentOf = (fw: Entry<Framework>) => current.get(charterIdOf(fw))![0]!;
  const key = (a: string, b: string) => canonicalPair(a, b).join('/');

  const pages = new Map<string, FrameworkPair>();
  const addPage = (a: Entry<Framework>, b: Entry<Framework>) => {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    pages.set(key(a.id, b.id), [first, second]);
  };
  const currents = [...current.values()].flat();
  currents.forEach((a, i) => currents.slice(i + 1).forEach((b) => charterIdOf(a) !== charterIdOf(b) && addPage(a, b)));
  for (const fw of frameworks) {
    const older = fw.data.supersedes && catalog.frameworks.get(fw.data.supersedes.id);
    if (older && charterIdOf(older) === charterIdOf(fw)) addPage(older, fw);
  }

  const redirects: PairRedirect[] = [...pages.values()].map(([a, b]) => ({ from: [b.id, a.id], to: [a.id, b.id] }));
  // Before pair pages were limited to current editions, every pair was published; keep the
  // addresses of pairs whose editions were in force at the same time, sent to their charters' current pair.
  const periods = currencyPeriods(catalog);
  frameworks.forEach((a, i) => {
    for (const b of frameworks.slice(i + 1)) {
      if (charterIdOf(a) === charterIdOf(b) || pages.has(key(a.id, b.id))) continue;
      const [pa, pb] = [periods.get(a.id), periods.get(b.id)];
      if (!pa || !pb || !overlap(pa, pb)) continue;
      const to = canonicalPair(currentOf(a).id, currentOf(b).id);
      redirects.push({ from: [a.id, b.id], to }, { from: [b.id, a.id], to });
    }
  });

  return {
    pages: [...pages.values()].sort(([a1, b1], [a2, b2]) => key(a1.id, b1.id).localeCompare(key(a2.id, b2.id))),
    redirects,
  };
}

/** The pair pages an edition appears on: with every other current charter if it is current, and with its neighbouring editions. */
export const pairsOf = (routes: PairRoutes, frameworkId: string): FrameworkPair[] =>
  routes.pages.filter(([a, b]) => a.id === frameworkId || b.id === frameworkId);

/**
 * What a pair page calls its two frameworks: their short titles, with what tells the editions apart
 * (the edition's name, or its date as published) when both are editions of one charter. Never a file
 * id: where the content gives neither, the short title stands alone.
 */
export function pairNames(a: Entry<Framework>, b: Entry<Framework>): [string, string] {
  if (charterIdOf(a) !== charterIdOf(b)) return [a.data.shortTitle, b.data.shortTitle];
  const name = ({ data }: Entry<Framework>) => {
    const edition = data.edition.label ?? data.edition.published?.asPublished ?? data.edition.inForceFrom?.asPublished;
    return edition ? `${data.shortTitle} (${edition})` : data.shortTitle;
  };
  return [name(a), name(b)];
}

/** A pair as a link text: "East Midlands Charter and West Midlands Charter". */
export const pairLabel = (a: Entry<Framework>, b: Entry<Framework>): string => pairNames(a, b).join(' and ');
