/**
 * What the /updates/ page and feed list: framework editions by their stated publication dates,
 * and content changes by the dates git recorded them. No date is ever guessed: an edition
 * without a stated date is listed undated, and without git history there are no change entries.
 */
import { execFileSync } from 'node:child_process';
import type { Catalog } from '../catalog/catalog';
import { editionHistory } from './editions';
import { registerRows } from '../register/register';
import type { Entry } from '../catalog/types';
import { paths } from '../site/urls';

/** How each kind of update is labelled on the page and in the feed. */
export const UPDATE_KIND_LABELS = { edition: 'New edition', change: 'Content change', register: 'Accreditation register' } as const;

export interface Update {
  /** YYYY-MM-DD, or YYYY-MM where the source gives only a month; undefined where no date is known. */
  date: string | undefined;
  /** The date in words, as the source or git gives it. */
  dateText: string | undefined;
  kind: 'edition' | 'change' | 'register';
  title: string;
  description: string;
  /** Site path of the page concerned. */
  path: string;
  /** Unique and stable across builds, for feed readers (several updates can share a page). */
  id: string;
}

/** One commit that touched content: when, what it said, and which files it added, changed or deleted. */
export interface ContentCommit {
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
  files: { status: 'added' | 'changed' | 'deleted'; path: string }[];
}

/**
 * The history of src/content from git, newest first. Empty when there is no repository, or when
 * the clone is shallow (its first commit would appear to add everything on one day).
 */
export function gitContentLog(root: string): ContentCommit[] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return [];
    return parseGitLog(git('log', '--format=%x1e%H%x1f%cs%x1f%s', '--name-status', '--no-renames', '--', 'src/content'));
  } catch {
    return [];
  }
}

export function parseGitLog(text: string): ContentCommit[] {
  return text.split('\x1e').filter((c) => c.trim()).map((chunk) => {
    const [header = '', ...lines] = chunk.split('\n');
    const [hash = '', date = '', subject = ''] = header.split('\x1f');
    const files = lines.filter((l) => l.trim()).map((l) => {
      const [status = '', path = ''] = l.split('\t');
      return { status: status.startsWith('A') ? 'added' as const : status.startsWith('D') ? 'deleted' as const : 'changed' as const, path };
    });
    return { hash, date, subject, files };
  });
}

/** The page and name of the content entry stored in `file`, if it still exists. */
function pageOf(catalog: Catalog, file: string): { name: string; path: string } | undefined {
  const find = <T>(list: Entry<T>[]) => list.find((e) => e.filePath === file);
  const e = catalog.entries;
  let hit;
  if ((hit = find(e.frameworks))) return { name: hit.data.shortTitle, path: paths.framework(hit.id) };
  if ((hit = find(e.costs))) return { name: `Costs of the ${catalog.frameworks.get(hit.data.framework.id)?.data.shortTitle ?? hit.data.framework.id}`, path: paths.costs(hit.data.framework.id) };
  if ((hit = find(e.benefits))) return { name: `Values and benefits of the ${catalog.frameworks.get(hit.data.framework.id)?.data.shortTitle ?? hit.data.framework.id}`, path: paths.framework(hit.data.framework.id) };
  if ((hit = find(e.councils))) return { name: hit.data.name, path: paths.council(hit.id) };
  if ((hit = find(e.strategies))) return { name: hit.data.title, path: paths.strategy(hit.data.council.id, hit.id) };
  if ((hit = find(e.actionPlans))) return { name: hit.data.title, path: paths.actionPlan(hit.data.council.id, hit.id) };
  if ((hit = find(e.regions))) return { name: hit.data.name, path: paths.region(hit.id) };
  if ((hit = find(e.organisations))) return { name: hit.data.name, path: paths.organisations() };
  if ((hit = find(e.register))) return { name: `Register entry for ${catalog.councils.get(hit.data.council.id)?.data.name ?? hit.data.council.id}`, path: paths.council(hit.data.council.id) };
  return undefined;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function listUpdates(catalog: Catalog, log: ContentCommit[]): Update[] {
  const updates: Update[] = [];
  for (const id of catalog.frameworks.keys()) {
    const record = editionHistory(catalog, id).find((r) => r.entry.id === id)!;
    const fw = record.entry.data;
    const published = fw.edition.published;
    // An edition is news only when its date is known or it replaced an earlier one.
    if (!published && !fw.supersedes) continue;
    updates.push({
      date: published?.date ?? published?.month,
      dateText: published?.asPublished,
      kind: 'edition',
      title: `${fw.title}${fw.edition.label ? ` (${fw.edition.label})` : ''} published`,
      description: record.changes.length ? `Changes from the previous edition: ${record.changes.join('; ')}.` : 'First edition recorded on this site.',
      path: paths.framework(id),
      id: `edition:${id}`,
    });
  }
  for (const row of registerRows(catalog)) {
    const e = row.entry.data;
    updates.push({
      date: e.date.date ?? e.date.month,
      dateText: e.date.asPublished,
      kind: 'register',
      title: `${row.councilName}: ${row.kindLabel.toLowerCase()}${row.levelName ? ` (${row.levelName})` : ''}, ${row.frameworkTitle}`,
      description: e.target ? `${e.asPublished} Target: ${e.target.what}, by ${e.target.date.asPublished}.` : e.asPublished,
      path: `${paths.registerOfCharter(row.charterId)}#register-${row.entry.id}`,
      id: `register:${row.entry.id}`,
    });
  }
  for (const commit of log) {
    for (const file of commit.files) {
      if (file.status === 'deleted') continue;
      const page = pageOf(catalog, file.path);
      if (!page) continue;
      updates.push({
        date: commit.date,
        dateText: longDate.format(new Date(`${commit.date}T00:00:00Z`)),
        kind: 'change',
        title: `${page.name} ${file.status === 'added' ? 'added' : 'updated'}`,
        description: commit.subject,
        path: page.path,
        id: `change:${commit.hash}:${file.path}`,
      });
    }
  }
  // Newest first; undated entries last, in framework order.
  return updates.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
