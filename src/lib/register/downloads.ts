/**
 * The register's downloads: CSV and JSON of every event, and an iCalendar feed of re-assessment
 * due dates per region. The feed is written with the `ics` package (RFC 5545 folding, escaping and
 * UID/DTSTAMP handled by a maintained library rather than by hand).
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Catalog } from '../catalog/catalog';
import type { Link, Table } from '../common/tables';
import { calendarDueInRegion, dueWords, type RegisterRow } from './register';
import { knownDate } from '../catalog/dates';
import { paths } from '../common/urls';

const REGISTER_COLUMNS = {
  council_id: 'Council identifier',
  council: 'Council',
  region_id: 'Region identifier',
  charter_id: 'Charter identifier',
  framework_id: 'Framework identifier',
  framework: 'Framework',
  event: 'Event',
  level: 'Level',
  date_as_published: 'Date as published',
  date: 'Date',
  date_approximate: 'Date approximate',
  target_as_published: 'Target date as published',
  target_date: 'Target date',
  target_what: 'Target',
  reassessment_due_by: 'Re-assessment due by',
  reassessment_rule: "Charter's re-assessment rule",
  due_note: 'Why no due date is given',
  as_published: 'As published',
  source: 'Source',
  notes: 'Notes',
} as const;

export function registerTable(rows: RegisterRow[]): Table<keyof typeof REGISTER_COLUMNS> {
  return {
    columns: REGISTER_COLUMNS,
    rows: rows.map((r) => {
      const e = r.entry.data;
      return {
        council_id: e.council.id,
        council: r.councilName,
        region_id: r.regionId,
        charter_id: r.charterId,
        framework_id: e.framework.id,
        framework: r.frameworkTitle,
        event: r.kindLabel,
        level: r.levelName ?? '',
        date_as_published: e.date.asPublished,
        date: knownDate(e.date) ?? '',
        date_approximate: e.date.approximate ? 'yes' : '',
        target_as_published: e.target?.date.asPublished ?? '',
        target_date: knownDate(e.target?.date) ?? '',
        target_what: e.target?.what ?? '',
        reassessment_due_by: r.due?.status === 'due' ? `${r.due.approximate ? 'about ' : ''}${r.due.due}` : '',
        reassessment_rule: r.due?.status === 'due' ? r.due.rule : '',
        due_note: r.due && r.due.status !== 'due' ? dueWords(r.due) : '',
        as_published: e.asPublished,
        source: e.source.title,
        notes: e.notes ?? '',
      };
    }),
  };
}

export function registerJson(rows: RegisterRow[], link: Link) {
  return {
    description: 'Accreditation events of councils against member development charters, as their sources record them.',
    events: rows.map((r) => {
      const e = r.entry.data;
      return {
        id: r.entry.id,
        council: { id: e.council.id, name: r.councilName, region: r.regionId, url: link(paths.council(e.council.id)) },
        charter: r.charterId,
        framework: { id: e.framework.id, title: r.frameworkTitle, url: link(paths.framework(e.framework.id)) },
        kind: e.kind,
        event: r.kindLabel,
        ...(e.level ? { level: { id: e.level, name: r.levelName } } : {}),
        date: e.date,
        ...(e.target ? { target: e.target } : {}),
        ...(r.due ? { reassessment: r.due } : {}),
        asPublished: e.asPublished,
        source: e.source,
        ...(e.notes ? { notes: e.notes } : {}),
      };
    }),
  };
}

const nextDay = (y: number, m: number, d: number): [number, number, number] => {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
};

/**
 * Text for an iCalendar property. `ics` escapes CRLF and LF but not a lone CR, which would end the
 * line and start a property (or a component) of its own; so every line break becomes LF for it to
 * escape, and other control characters, which RFC 5545 TEXT does not allow, are dropped.
 */
export const icsText = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');

/**
 * The region's re-assessment due dates as an iCalendar file: one all-day event per due date computed
 * to the day. Only regions with at least one have a feed (routes.registerCalendar).
 */
export function registerCalendar(catalog: Catalog, rows: RegisterRow[], regionId: string, link: Link): string {
  const region = catalog.regions.get(regionId)!.data.name;
  const events: EventAttributes[] = calendarDueInRegion(rows, regionId).map((r) => {
    const [y, m, d] = r.due.due.split('-').map(Number) as [number, number, number];
    return {
      uid: `${r.entry.id}@charter-atlas`,
      title: icsText(`${r.councilName}: ${r.frameworkTitle} re-assessment due by ${r.due.due}`),
      description: icsText(
        `Computed from the award (${r.entry.data.date.asPublished}) and the charter's rule: "${r.due.rule}"`,
      ),
      start: [y, m, d],
      // All-day: it ends the next day (ics writes DURATION:P1DT for { days: 1 }, which RFC 5545 does not allow).
      end: nextDay(y, m, d),
      url: link(paths.registerOfRegion(regionId)),
    };
  });
  const { error, value } = createEvents(events, {
    calName: icsText(`Charter re-assessments due: ${region}`),
    productId: 'charter-atlas/register',
  });
  if (error || !value) throw error ?? new Error('ics: no calendar written');
  return value;
}
