/**
 * The accreditation register: each council's events against each charter, the standing that follows
 * from them, and re-assessment due dates computed from an award's date and the charter's own rule.
 */
import type { Catalog } from '../catalog/catalog';
import { charterIdOf, charterTitle, editionName, editionsOf } from '../catalog/editions';
import { levelOf } from '../catalog/listings';
import { reassessmentMonths } from '../catalog/timing';
import type { Entry, Framework, RegisterEvent } from '../catalog/types';
import { REGISTER_EVENT_KINDS } from '../../schemas/register';
import { compareDates, knownDate, precisionOf } from '../catalog/dates';

export { REGISTER_EVENT_KINDS };

/** Events that start a period of accreditation, from which a re-assessment falls due. */
const AWARDS: RegisterEvent['kind'][] = ['awarded', 're-accredited'];

/** Where a re-assessment is due, or why no due date is given. */
export type ReassessmentDue =
  | {
      status: 'due';
      /** YYYY-MM-DD, YYYY-MM or YYYY: the award's own precision, never more. */
      due: string;
      rule: string;
      /** The award's date is approximate ("c. 2016"), so the due date is too. */
      approximate?: true;
    }
  | { status: 'no-rule' }
  | { status: 'no-award-date' }
  /** The award gives only a year and the rule is not whole years, so the due year is not known. */
  | { status: 'year-only' };

/** A due date in words: "due by …", or why none is given. Never a date computed without a rule. */
export function dueWords(due: ReassessmentDue | undefined): string {
  if (!due) return '';
  if (due.status === 'no-rule') return 'Re-assessment rule not stated in the source; no due date computed';
  if (due.status === 'no-award-date')
    return "The award's date is not stated as a day, month or year; no due date computed";
  if (due.status === 'year-only')
    return "The award's date is stated only as a year and the rule is not in whole years; no due date computed";
  const about = due.approximate ? 'about ' : '';
  return precisionOf(due.due) === 'year' ? `Due in ${about}${due.due}` : `Due by ${about}${due.due}`;
}

export interface RegisterRow {
  entry: Entry<RegisterEvent>;
  councilName: string;
  regionId: string;
  charterId: string;
  /** The edition's short title, with its label where the charter has several editions ("East Midlands Charter (2019 edition)"). */
  frameworkTitle: string;
  kindLabel: string;
  levelName: string | undefined;
  /** Only for the latest award of a council against a charter that has not lapsed or been renewed since. */
  due: ReassessmentDue | undefined;
}

/**
 * Adds whole months to YYYY-MM-DD, YYYY-MM or YYYY, keeping its precision; a day past the month's
 * end becomes its last day. A year takes only whole years (undefined otherwise: 18 months after
 * "2019" may fall in 2020 or 2021).
 */
export function addMonths(iso: string, months: number): string | undefined {
  if (precisionOf(iso) === 'year') return months % 12 === 0 ? String(Number(iso) + months / 12) : undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const month = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
  if (d === undefined) return month;
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${month}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** When an award is due for re-assessment under its charter's rule; never computed without a rule or a date. */
export function reassessmentDueOf(catalog: Catalog, event: RegisterEvent): ReassessmentDue {
  const fw = catalog.frameworks.get(event.framework.id)!;
  const rule = reassessmentMonths(fw.data);
  if (!rule) return { status: 'no-rule' };
  const from = knownDate(event.date);
  if (!from) return { status: 'no-award-date' };
  const due = addMonths(from, rule.months);
  if (!due) return { status: 'year-only' };
  return { status: 'due', due, rule: rule.rule, ...(event.date.approximate ? { approximate: true as const } : {}) };
}

/** An event with a known date, not one the source dates only in words ("2020 / 21"). */
const dated = (e: RegisterEvent) => knownDate(e.date) !== undefined;
/** The order in which events decide a standing: undated ones first, so they never override a dated one. */
const undatedFirst = <T>(list: T[], event: (item: T) => RegisterEvent): T[] => [
  ...list.filter((x) => !dated(event(x))),
  ...list.filter((x) => dated(event(x))),
];
/** Every register event, oldest first at its precision (undated last), with what a page or download shows beside it. */
export function registerRows(catalog: Catalog): RegisterRow[] {
  const entries = [...catalog.entries.register].sort(
    (a, b) => compareDates(a.data.date, b.data.date) || a.id.localeCompare(b.id),
  );
  const charterOf = (e: Entry<RegisterEvent>) => charterIdOf(catalog.frameworks.get(e.data.framework.id)!);
  // The latest event per council and charter decides whether an award's due date still stands.
  const latest = new Map<string, Entry<RegisterEvent>>();
  for (const e of undatedFirst(entries, (x) => x.data)) latest.set(`${e.data.council.id}/${charterOf(e)}`, e);
  return entries.map((entry) => {
    const fw = catalog.frameworks.get(entry.data.framework.id)!;
    const council = catalog.councils.get(entry.data.council.id)!;
    const isStanding =
      latest.get(`${entry.data.council.id}/${charterOf(entry)}`) === entry && AWARDS.includes(entry.data.kind);
    return {
      entry,
      councilName: council.data.name,
      regionId: council.data.region.id,
      charterId: charterOf(entry),
      frameworkTitle: editionsOf(catalog, fw.id).length > 1 ? editionName(fw) : fw.data.shortTitle,
      kindLabel: REGISTER_EVENT_KINDS[entry.data.kind],
      levelName: levelOf(fw.data, entry.data.level)?.name,
      due: isStanding ? reassessmentDueOf(catalog, entry.data) : undefined,
    };
  });
}

/** The register of one charter (all its editions). */
export const registerOfCharter = (rows: RegisterRow[], charterId: string) =>
  rows.filter((r) => r.charterId === charterId);
/** The register of one region: events of its councils. */
export const registerOfRegion = (rows: RegisterRow[], regionId: string) => rows.filter((r) => r.regionId === regionId);
/** The region's computed re-assessment due dates, at any precision, oldest event first. */
export const dueInRegion = (rows: RegisterRow[], regionId: string) =>
  registerOfRegion(rows, regionId).filter(
    (r): r is RegisterRow & { due: { status: 'due' } } => r.due?.status === 'due',
  );
/**
 * The due dates a calendar can hold: whole days only. RFC 5545 has no event for "some day in 2022"
 * or "by June 2022" (a DATE is a day), and an approximate day is not that day, so those are listed on
 * the region's page and left out.
 */
export const calendarDueInRegion = (rows: RegisterRow[], regionId: string) =>
  dueInRegion(rows, regionId).filter((r) => precisionOf(r.due.due) === 'day' && !r.due.approximate);
/** One council's accreditation history, oldest first. */
export const registerOfCouncil = (rows: RegisterRow[], councilId: string) =>
  rows.filter((r) => r.entry.data.council.id === councilId);

/** Each council's latest event against the charter: the one its standing follows from. */
function standings(rows: RegisterRow[], charterId: string): RegisterRow[] {
  const latest = new Map<string, RegisterRow>();
  const charterRows = registerOfCharter(rows, charterId);
  for (const r of undatedFirst(charterRows, (x) => x.entry.data)) latest.set(r.entry.data.council.id, r);
  return [...latest.values()];
}
const countsOf = (standing: RegisterEvent['kind'][]) => ({
  holding: standing.filter((k) => AWARDS.includes(k)).length,
  workingTowards: standing.filter((k) => !AWARDS.includes(k) && k !== 'lapsed').length,
});

/** How many councils hold the charter (latest event an award) and how many are on the way (any other standing but lapsed). */
export function charterCounts(rows: RegisterRow[], charterId: string): { holding: number; workingTowards: number } {
  const standing = standings(rows, charterId).map((r) => r.entry.data.kind);
  return {
    holding: standing.filter((k) => AWARDS.includes(k)).length,
    workingTowards: standing.filter((k) => !AWARDS.includes(k) && k !== 'lapsed').length,
  };
}

/** A charter's counts in words: "1 council holds the charter, 2 are working towards it". */
export const countsInWords = ({ holding, workingTowards }: { holding: number; workingTowards: number }): string =>
  `${holding} ${holding === 1 ? 'council holds' : 'councils hold'} the charter, ${workingTowards} ${workingTowards === 1 ? 'is' : 'are'} working towards it`;

/**
 * The charter's counts edition by edition, in the charter's edition order: a council counts under
 * the edition its latest event was made against, never under a newer edition it has no event for.
 */
export function editionCounts(
  catalog: Catalog,
  rows: RegisterRow[],
  charterId: string,
): { edition: Entry<Framework>; holding: number; workingTowards: number }[] {
  const standing = standings(rows, charterId);
  const first = standing[0] && catalog.frameworks.get(standing[0].entry.data.framework.id);
  return (first ? editionsOf(catalog, first.id) : []).map((edition) => ({
    edition,
    ...countsOf(standing.filter((r) => r.entry.data.framework.id === edition.id).map((r) => r.entry.data.kind)),
  }));
}

/**
 * A charter's counts in words, saying which edition where it has several: "1 council holds the
 * charter, 2 are working towards it", or "East Midlands Charter (2019 edition): 1 council holds it, …".
 */
export function charterCountsInWords(catalog: Catalog, rows: RegisterRow[], charterId: string): string {
  const counts = editionCounts(catalog, rows, charterId);
  if (counts.length <= 1) return countsInWords(charterCounts(rows, charterId));
  return counts
    .map(
      ({ edition, holding, workingTowards }) =>
        `${editionName(edition)}: ${countsInWords({ holding, workingTowards }).replace(' the charter,', ' it,')}`,
    )
    .join('; ');
}

/** Charters with at least one register event, as [charterId, title of the current edition(s)]. */
export function chartersOnRegister(catalog: Catalog, rows: RegisterRow[]): { id: string; title: string }[] {
  const ids = [...new Set(rows.map((r) => r.charterId))];
  return ids.map((id) => ({ id, title: charterTitle(catalog, id) }));
}
