/**
 * What the /updates/ page and feed list: framework editions by their stated publication dates,
 * register events by theirs, and content changes: what the change report finds between successive
 * versions of the content (../changes/history.ts), said in words, dated by the day the version was
 * committed. No commit message is read, and no date is ever guessed: an edition without a stated
 * date is listed undated, and without history there are no change entries.
 */
import type { Catalog } from '../catalog/catalog';
import { compareContent, priceAt, type FieldChange, type FrameworkChanges, type ItemChange } from '../changes/changes';
import { MAX_VERSIONS, type ContentHistory, type ContentVersion } from '../changes/history';
import { standardShortName } from '../catalog/labels';
import { editionHistory } from '../changes/edition-history';
import { registerRows } from '../register/register';
import type { Entry } from '../catalog/types';
import { paths } from '../common/urls';
import { formatDate, knownDate } from '../catalog/dates';
import { FIRST_EDITION } from '../catalog/wording';

/** How each kind of update is labelled on the page and in the feed. */
export const UPDATE_KIND_LABELS = {
  edition: 'New edition',
  change: 'Content change',
  register: 'Accreditation register',
} as const;

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

/** The page and name of the (non-framework) content entry stored in `file`, if it still exists. */
function pageOf(catalog: Catalog, file: string): { name: string; path: string } | undefined {
  const find = <T>(list: Entry<T>[]) => list.find((e) => e.filePath === file);
  const e = catalog.entries;
  let hit;
  if ((hit = find(e.benefits)))
    return {
      name: `Values and benefits of the ${catalog.frameworks.get(hit.data.framework.id)?.data.shortTitle ?? hit.data.framework.id}`,
      path: paths.framework(hit.data.framework.id),
    };
  if ((hit = find(e.councils))) return { name: hit.data.name, path: paths.council(hit.id) };
  // A strategy's or plan's title rarely names its council ("Member Development Strategy 2020/21").
  const ofCouncil = (id: string, title: string) => `${catalog.councils.get(id)?.data.name ?? id}: ${title}`;
  if ((hit = find(e.strategies)))
    return { name: ofCouncil(hit.data.council.id, hit.data.title), path: paths.strategy(hit.data.council.id, hit.id) };
  if ((hit = find(e.actionPlans)))
    return {
      name: ofCouncil(hit.data.council.id, hit.data.title),
      path: paths.actionPlan(hit.data.council.id, hit.id),
    };
  if ((hit = find(e.regions))) return { name: hit.data.name, path: paths.region(hit.id) };
  if ((hit = find(e.organisations))) return { name: hit.data.name, path: paths.organisations() };
  return undefined;
}

/** What stretch of the content's history the content changes cover, for the updates page. */
export function historyCovered(history: ContentHistory): string {
  const first = history.versions[0];
  if (!first)
    return "This copy of the site was built without the content's history, so changes to the content are not listed.";
  if (!history.cut)
    return `Content changes are listed from ${formatDate(first.date)}, when this site's content was first recorded.`;
  const why = {
    shallow: 'this copy of the repository holds only its latest history',
    cap: `a build reads at most the last ${MAX_VERSIONS} versions`,
    unreadable: "earlier versions do not follow today's content rules",
  }[history.cut];
  return `Content changes are listed from ${formatDate(first.date)}, the earliest version of the content this build read (${why}); earlier changes are not listed.`;
}

const quoted = (text: string | undefined) => (text === undefined ? 'nothing' : `“${text}”`);
const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  shortTitle: 'short title',
  status: 'status',
  label: 'edition label',
  words: 'wording',
  deliveredWith: 'delivered with',
  slug: 'address',
};
const fieldWords = (f: FieldChange) =>
  `${FIELD_WORDS[f.field] ?? f.field} changed from ${quoted(f.before)} to ${quoted(f.after)}`;

/** One change in words ("stage Award reworded"), and for the page the words before and after. */
export interface ChangeSentence {
  says: string;
  detail?: string | undefined;
}

/** Long passages are quoted up to this many characters on /updates/; the page linked has the rest. */
const QUOTE_LENGTH = 240;
const excerpt = (text: string) => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH).trimEnd()}…` : text);
const wordsBeforeAfter = (fields: FieldChange[]) =>
  fields.length
    ? fields
        .map(
          (f) =>
            `${FIELD_WORDS[f.field] ?? f.field} was ${quoted(f.before && excerpt(f.before))}, now ${quoted(f.after && excerpt(f.after))}`,
        )
        .join('; ')
    : undefined;

/** "stage Sign up reworded", in the words an update uses for each kind of change. */
const itemWords =
  (what: string, verbs: Partial<Record<ItemChange['kind'], string>>) =>
  (i: ItemChange): ChangeSentence => ({
    says: `${what} ${i.label} ${verbs[i.kind] ?? (i.kind === 'moved' ? `moved from position ${i.from} to ${i.to}` : i.kind)}`,
    detail: i.kind === 'changed' ? wordsBeforeAfter(i.fields) : undefined,
  });

/**
 * What changed in one framework between two versions, one sentence per change, naming what changed
 * ("standard 2.9 reworded", "price list “Renewal” changed from £2,750 to £3,000").
 */
export function changeSentences(c: FrameworkChanges): ChangeSentence[] {
  if (c.kind === 'added') return [{ says: 'added to this site' }];
  const timing = (i: ItemChange): ChangeSentence => {
    const words = i.fields.find((f) => f.field === 'words');
    if (i.kind !== 'changed') return { says: `${i.label} rule ${i.kind}` };
    return words
      ? { says: `${i.label} rule changed`, detail: wordsBeforeAfter([words]) }
      : { says: `${i.label} rule's figures changed` };
  };
  const says = (text: string): ChangeSentence => ({ says: text });
  return [
    ...c.fields.map((f) => says(fieldWords(f))),
    ...c.themes.map(itemWords('theme', { changed: 'renamed' })),
    ...c.standards.map((s): ChangeSentence => {
      if (s.kind !== 'changed') return says(`standard ${standardShortName(s)} ${s.kind}`);
      const renumbered = s.renumbered
        ? `renumbered from ${s.renumbered.from ?? '(no number)'} to ${s.number ?? '(no number)'}`
        : '';
      const reworded = s.fields.length ? 'reworded' : '';
      return {
        says: `standard ${s.renumbered ? `“${s.title}”` : standardShortName(s)} ${[renumbered, reworded].filter(Boolean).join(' and ')}`,
        detail: wordsBeforeAfter(s.fields),
      };
    }),
    ...c.stages.map(itemWords('stage', { changed: 'reworded' })),
    ...c.levels.map(itemWords('level', {})),
    ...c.timing.map(timing),
    ...c.costs.map((p) => {
      const list = `price list “${p.title}”`;
      if (p.kind === 'added') return says(`${list} added (its lines total ${priceAt(p.newTerms, p.newTotal)})`);
      if (p.kind === 'removed') return says(`${list} removed`);
      if (p.oldTotal !== p.newTotal)
        return says(`${list} changed from ${priceAt(p.oldTerms, p.oldTotal)} to ${priceAt(p.newTerms, p.newTotal)}`);
      if (p.oldPublished !== p.newPublished)
        return says(
          `${list}: published total changed from ${priceAt(p.oldTerms, p.oldPublished, 'none')} to ${priceAt(p.newTerms, p.newPublished, 'none')}`,
        );
      return says(`${list} reworded`);
    }),
    ...c.recurringFees.map(itemWords('recurring fee', {})),
  ];
}

/** Collections whose entries are named on updates as a whole ("Harrow Council updated"); frameworks and costs get the change report's detail. */
const NAMED_COLLECTIONS = ['benefits', 'councils', 'strategies', 'actionPlans', 'regions', 'organisations'] as const;

/** The content changes between each version and the one before it, as updates dated by the later version. */
function contentChanges(catalog: Catalog, versions: ContentVersion[]): Update[] {
  const updates: Update[] = [];
  versions.slice(1).forEach((version, i) => {
    const before = versions[i]!;
    const dated = { date: version.date, dateText: formatDate(version.date), kind: 'change' as const };
    for (const c of compareContent(before.entries, version.entries)) {
      // A new edition is listed as an edition; a removed framework has no page left to link.
      const framework = catalog.frameworks.get(c.frameworkId);
      if (c.newEditionOf || !framework) continue;
      const sentences = changeSentences(c);
      const described = sentences.map((x) => (x.detail ? `${x.says} (${x.detail})` : x.says));
      updates.push({
        ...dated,
        title: `${framework.data.shortTitle}: ${sentences.length <= 2 ? sentences.map((x) => x.says).join('; ') : `${sentences.length} changes`}`,
        description: `${described.join('; ')}.`.replace(/^./, (first) => first.toUpperCase()),
        path:
          c.costs.length && sentences.length === c.costs.length
            ? paths.costs(c.frameworkId)
            : paths.framework(c.frameworkId),
        id: `change:${version.hash}:${c.frameworkId}`,
      });
    }
    for (const name of NAMED_COLLECTIONS) {
      const old = new Map<string, unknown>(before.entries[name].map((e) => [e.id, e.data]));
      for (const entry of version.entries[name]) {
        const was = old.get(entry.id);
        if (was !== undefined && JSON.stringify(was) === JSON.stringify(entry.data)) continue;
        const page = entry.filePath && pageOf(catalog, entry.filePath);
        if (!page) continue;
        const verb = was === undefined ? 'added' : 'updated';
        updates.push({
          ...dated,
          title: `${page.name} ${verb}`,
          description: `${page.name} ${verb} on this site.`,
          path: page.path,
          id: `change:${version.hash}:${entry.filePath}`,
        });
      }
    }
  });
  return updates;
}

export function listUpdates(catalog: Catalog, history: ContentHistory): Update[] {
  const updates: Update[] = [];
  for (const id of catalog.frameworks.keys()) {
    const record = editionHistory(catalog, id).find((r) => r.entry.id === id)!;
    const fw = record.entry.data;
    const published = fw.edition.published;
    // An edition is news only when its date is known or it replaced an earlier one.
    if (!published && !fw.supersedes) continue;
    updates.push({
      date: knownDate(published),
      dateText: published?.asPublished,
      kind: 'edition',
      title: `${fw.title}${fw.edition.label ? ` (${fw.edition.label})` : ''} published`,
      description: record.changes.length
        ? `Changes from the previous edition: ${record.changes.join('; ')}.`
        : FIRST_EDITION,
      path: paths.framework(id),
      id: `edition:${id}`,
    });
  }
  for (const row of registerRows(catalog)) {
    const e = row.entry.data;
    updates.push({
      date: knownDate(e.date),
      dateText: e.date.asPublished,
      kind: 'register',
      title: `${row.councilName}: ${row.kindLabel.toLowerCase()}${row.levelName ? ` (${row.levelName})` : ''}, ${row.frameworkTitle}`,
      description: e.target
        ? `${e.asPublished} Target: ${e.target.what}, by ${e.target.date.asPublished}.`
        : e.asPublished,
      path: `${paths.registerOfCharter(row.charterId)}#register-${row.entry.id}`,
      id: `register:${row.entry.id}`,
    });
  }
  updates.push(...contentChanges(catalog, history.versions));
  // Newest first; undated entries last, as listed (editions in framework order, then register events).
  return updates.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
