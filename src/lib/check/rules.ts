/**
 * Rules the schemas cannot express on their own, run by the content check over content that has
 * passed its schema: numbering, unique ids within a file, dates against the source's words,
 * editions, and the MDX bodies (safety pass and links to pages that do not exist).
 */
import { dateInYaml, sourceDate, whyNotADate, yearAlone, yearFields } from '../../schemas/common';
import { MONTHS } from '../../schemas/calendar';
import type { Catalog } from '../catalog/catalog';
import { editionChains } from '../catalog/editions';
import { checkMdxBody } from '../content/mdx-safety';
import { internalPath, sitePaths } from '../site/routes';
import type { EntriesByCollection, Entry, SourceDate } from '../catalog/types';
import type { SourceFile } from '../content/source-file';
import type { ContentProblem } from '../content/problem-format';

const fileOf = (e: Entry<unknown>) => e.filePath ?? e.id;

const THEME_DOT_OWN = /^\d+\.\d+$/;

/**
 * Numbered themes are numbered 1, 2, 3… in order; numbered stages likewise. A numbered theme whose
 * standards are all numbered "n.m" (theme number, a dot, the standard's own number) numbers them
 * n.1, n.2… in order; standards numbered any other way ("A", "Criterion 2") or not at all are kept
 * as the source prints them.
 */
function numbering(entries: EntriesByCollection, problems: ContentProblem[]) {
  for (const entry of entries.frameworks) {
    const error = (path: string, message: string) =>
      problems.push({ file: fileOf(entry), path, message, severity: 'error' });
    const seen = new Set<string>();
    entry.data.themes.forEach((theme, t) => {
      if (theme.number === undefined) return;
      if (theme.number !== t + 1) {
        error(
          `themes[${t}].number`,
          `found ${theme.number}, but this is theme ${t + 1} in the list; themes are numbered 1, 2, 3… in order`,
        );
      }
      // A mis-numbered theme is one mistake: its standards are not also reported one by one.
      if (theme.number !== t + 1) return;
      if (!theme.standards.every((s) => s.number !== undefined && THEME_DOT_OWN.test(s.number))) return;
      theme.standards.forEach((standard, s) => {
        const number = standard.number!;
        const [prefix, own] = number.split('.').map(Number) as [number, number];
        const duplicate = seen.has(number);
        seen.add(number);
        if (duplicate) return; // reported as a shared slug by the reference check (content/references.ts)
        if (prefix !== theme.number) {
          error(
            `themes[${t}].standards[${s}].number`,
            `"${number}" is in theme ${theme.number}, so its number must start with "${theme.number}."`,
          );
        } else if (own !== s + 1) {
          error(
            `themes[${t}].standards[${s}].number`,
            `found "${number}", but this is standard ${s + 1} of theme ${theme.number}; standards are numbered ${theme.number}.1, ${theme.number}.2, ${theme.number}.3… in order, so expected "${theme.number}.${s + 1}"`,
          );
        }
      });
    });
    entry.data.stages.forEach((stage, i) => {
      if (stage.number !== undefined && stage.number !== i + 1) {
        error(
          `stages[${i}].number`,
          `found ${stage.number}, but this is stage ${i + 1} in the list; stages are numbered 1, 2, 3… in order`,
        );
      }
    });
  }
}

/** Ids that must be unique inside one file. */
function uniqueIds(entries: EntriesByCollection, problems: ContentProblem[]) {
  const unique = <T>(entry: Entry<unknown>, list: T[], field: string, key: (item: T) => string | undefined) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const id = key(item);
      if (id === undefined) return;
      if (first.has(id)) {
        problems.push({
          file: fileOf(entry),
          path: `${field}[${i}].id`,
          message: `"${id}" is already the id of ${field}[${first.get(id)}]; each id must be different`,
          severity: 'error',
        });
      } else first.set(id, i);
    });
  };
  for (const e of entries.frameworks) unique(e, e.data.levels, 'levels', (l) => l.id);
  for (const e of entries.costs) unique(e, e.data.priceLists, 'priceLists', (l) => l.id);
  for (const e of entries.benefits) unique(e, e.data.groups, 'groups', (g) => g.id);
}

const NAMED_DAY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})\\s+(\\d{4}|\\d{2})\\b`, 'i');

/**
 * The day a source's words name ("31 June 2009", "1st March 2010", "31 December 08"), as YYYY-MM-DD,
 * whether or not it exists. A two-digit year is in this century: the charters date from 2000 on.
 */
export function namedDay(words: string): string | undefined {
  const match = NAMED_DAY.exec(words);
  if (!match) return undefined;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === match[2]!.toLowerCase()) + 1;
  const year = match[3]!.length === 2 ? `20${match[3]}` : match[3];
  return `${year}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** A value with only sourceDate's fields is a date, wherever in a file it is. */
const DATE_FIELDS = Object.keys(sourceDate.shape);
const isDateValue = (v: unknown): v is SourceDate =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as SourceDate).asPublished === 'string' &&
  Object.keys(v).every((k) => DATE_FIELDS.includes(k));

/** A date's fields agree with the source's words: an impossible day is flagged, a stated day or year matches. */
function dates(entries: EntriesByCollection, problems: ContentProblem[]) {
  const walk = (entry: Entry<unknown>, value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(entry, v, `${path}[${i}]`));
    else if (isDateValue(value)) {
      const error = (field: string, message: string) =>
        problems.push({ file: fileOf(entry), path: `${path}.${field}`, message, severity: 'error' });
      const alone = yearAlone(value.asPublished);
      if (alone) {
        const { about, year } = alone;
        const fields = yearFields(alone);
        if (value.year === undefined && !value.date && !value.month) {
          // A warning: dates written before years were accepted still build, shown in words and unsorted.
          problems.push({
            file: fileOf(entry),
            path: `${path}.asPublished`,
            message: `"${value.asPublished}" gives a year, so the site can sort and count from it; write ${dateInYaml(value.asPublished, fields)}`,
            severity: 'warning',
          });
        } else if (value.year !== undefined && value.year !== year) {
          error('year', `found ${value.year}, but the source's words "${value.asPublished}" name ${year}`);
        } else if (value.year !== undefined && Boolean(about) !== Boolean(value.approximate)) {
          error(
            'approximate',
            `the source's words "${value.asPublished}" ${about ? 'say the year is approximate' : 'give the year as exact'}; write ${dateInYaml(value.asPublished, fields)}`,
          );
        }
        return;
      }
      const day = namedDay(value.asPublished);
      if (!day) return;
      const impossible = whyNotADate(day);
      if (impossible && value.flag !== 'impossible-date') {
        error(
          'asPublished',
          `"${value.asPublished}" names a day that does not exist (${impossible}); keep the words and add flag: impossible-date instead of a date`,
        );
      } else if (!impossible && value.flag === 'impossible-date') {
        error(
          'flag',
          `"${value.asPublished}" is a real date, so it is not an impossible date; remove the flag and add date: "${day}"`,
        );
      } else if (!impossible && value.date && value.date !== day) {
        error('date', `found "${value.date}", but the source's words "${value.asPublished}" name ${day}`);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(entry, v, path ? `${path}.${k}` : k);
    }
  };
  for (const list of Object.values(entries) as Entry<unknown>[][])
    for (const entry of list) walk(entry, entry.data, '');
}

/** The safety pass over every framework body, and links in it to pages that do not exist. */
function bodies(
  entries: EntriesByCollection,
  files: Map<string, SourceFile>,
  catalog: Catalog | undefined,
  root: string,
  problems: ContentProblem[],
) {
  const known = catalog && sitePaths(catalog);
  for (const entry of entries.frameworks) {
    const body = files.get(fileOf(entry))?.body;
    if (!body) continue;
    const report = checkMdxBody(body.text, root);
    const line = (l: number | undefined) => (l === undefined ? body.line : body.line + l - 1);
    for (const p of report.problems)
      problems.push({
        file: fileOf(entry),
        path: 'body',
        message: p.message,
        severity: 'error',
        line: line(p.line),
        column: p.column,
      });
    for (const link of report.links) {
      const where = {
        file: fileOf(entry),
        path: 'body',
        severity: 'error' as const,
        line: line(link.line),
        column: link.column,
      };
      if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(link.url)) {
        problems.push({
          ...where,
          message: `the link "${link.url}" is relative; write a page of this site from the root, e.g. /frameworks/${entry.id}/, or a full web address starting https://`,
        });
        continue;
      }
      const path = internalPath(link.url);
      if (known && path !== undefined && !known.has(path)) {
        problems.push({
          ...where,
          message: known.has(`${path}/`)
            ? `the link "${link.url}" needs a / at the end: "${path}/"`
            : `the link "${link.url}" goes to a page that does not exist on this site`,
        });
      }
    }
  }
}

/** Every rule above over the content that passed its schema; `root` is the project's folder (for the images in public/ that bodies show). */
export function contentRules(
  entries: EntriesByCollection,
  files: Map<string, SourceFile>,
  catalog: Catalog | undefined,
  root: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  numbering(entries, problems);
  uniqueIds(entries, problems);
  dates(entries, problems);
  for (const p of editionChains(entries.frameworks).problems) problems.push({ ...p, severity: 'error' });
  bodies(entries, files, catalog, root, problems);
  return problems;
}
