/**
 * What changed in a framework between two versions of its content (two git refs for a pull
 * request's change report, or two editions for a framework's history on the site): standards
 * added, removed, renumbered and reworded, stages, levels, timing rules and costs. Pure: takes validated entries.
 *
 * The edition summary (./edition-summary.ts) and the pull request's Markdown (./change-report.ts)
 * are written from what this finds.
 */
import { diffArrays, diffWords } from 'diff';
import { priceListTotals } from '../costs/totals';
import { priceWithTerms, type PriceTerms } from '../costs/terms';
import type { Costs, EntriesByCollection, Framework, PriceList, Standard } from '../catalog/types';
import { normaliseWords as normalise, pairStandards } from '../catalog/standard-pairs';
import { standardSlug } from '../../schemas/standard-slug';
import { themeHeading } from '../catalog/labels';
import { timingRules } from '../catalog/timing';

export interface WordChange {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((c) => ({
    text: c.value,
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

export interface FieldChange {
  field: string;
  before: string | undefined;
  after: string | undefined;
  words: WordChange[];
}

export interface StandardChange {
  kind: 'added' | 'removed' | 'changed';
  /** As printed; absent for an unnumbered standard. */
  number?: string | undefined;
  /** Set when the number changed (or a number was given or taken away). */
  renumbered?: { from: string | undefined } | undefined;
  title: string;
  /** Reworded fields (title, slug, guidance, evidence, level). */
  fields: FieldChange[];
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  label: string;
  fields: FieldChange[];
  /** For a moved item: its position before and after (1-based). */
  from?: number;
  to?: number;
}

export interface PriceListChange {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  title: string;
  /** Sum of the lines before and after, in pounds. */
  oldTotal?: number | undefined;
  newTotal?: number | undefined;
  oldPublished?: number | undefined;
  newPublished?: number | undefined;
  /** What the prices are subject to before and after (VAT, expenses), so a figure is never reported bare. */
  oldTerms?: PriceTerms | undefined;
  newTerms?: PriceTerms | undefined;
  lines: ItemChange[];
  fields: FieldChange[];
}

/** An amount of a price list before or after the change, with that version's terms ("£2,500 plus VAT plus expenses"). */
export const priceAt = (terms: PriceTerms | undefined, pounds: number | undefined, none = '–'): string =>
  pounds === undefined ? none : priceWithTerms(pounds, terms ?? {});

export interface FrameworkChanges {
  frameworkId: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  themes: ItemChange[];
  standards: StandardChange[];
  stages: ItemChange[];
  levels: ItemChange[];
  /** Rules about time (re-assessment, interim review, …), by their label, in the source's words. */
  timing: ItemChange[];
  costs: PriceListChange[];
  recurringFees: ItemChange[];
  /** Set for a new file that supersedes another: the comparison is with the edition it replaces. */
  newEditionOf?: { id: string; title: string } | undefined;
}

/** One framework's content at one point in time. */
export interface FrameworkVersion {
  framework: Framework;
  costs?: Costs | undefined;
}

const show = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : Array.isArray(value) ? value.join('; ') : String(value);

/** The fields of `before` and `after` named in `keys` whose text differs. */
function fieldChanges<T extends object>(
  before: T | undefined,
  after: T | undefined,
  keys: (keyof T & string)[],
): FieldChange[] {
  return keys.flatMap((field) => {
    const b = show(before?.[field]);
    const a = show(after?.[field]);
    if (normalise(b ?? '') === normalise(a ?? '')) return [];
    return [{ field, before: b, after: a, words: wordDiff(b ?? '', a ?? '') }];
  });
}

/** A framework file's standards, all themes in order (catalog.ts's `standardsOf` reads a catalog instead). */
const frameworkStandards = (fw: Framework) => fw.themes.flatMap((t) => t.standards);

/** A framework's timing rules as the report compares them: the source's words, and the figures it states. */
const timingOf = (fw: Framework) =>
  timingRules(fw).map((rule) => ({
    label: rule.label,
    words: rule.asPublished,
    figures: rule.details.map((d) => `${d.label}: ${d.value}`).join('; ') || undefined,
  }));
const TIMING_FIELDS = ['words', 'figures'] as const;

/** Timing rules added, removed or changed, matched by their label; an added or removed rule carries its words. */
function compareTiming(before: Framework, after: Framework): ItemChange[] {
  const [b, a] = [timingOf(before), timingOf(after)];
  const find = (list: typeof a, label: string) => list.find((t) => t.label === label);
  return compareItems(
    b,
    a,
    (t) => t.label,
    (t) => t.label,
    [...TIMING_FIELDS],
  ).map((c) =>
    c.kind === 'added'
      ? { ...c, fields: fieldChanges(undefined, find(a, c.label), [...TIMING_FIELDS]) }
      : c.kind === 'removed'
        ? { ...c, fields: fieldChanges(find(b, c.label), undefined, [...TIMING_FIELDS]) }
        : c,
  );
}
const STANDARD_FIELDS: (keyof Standard & string)[] = ['title', 'slug', 'guidance', 'evidence', 'level'];

/** Added, removed, renumbered and reworded standards, paired as ../catalog/standard-pairs.ts pairs them. */
export function compareStandards(before: Standard[], after: Standard[]): StandardChange[] {
  // Each goes by its slug (its own, or its number made safe); fields are compared as written, so a
  // slug that only follows a new number is reported once, as the renumbering.
  const fingerprint = (standard: Standard) => ({
    slug: standardSlug(standard),
    number: standard.number,
    title: standard.title,
    standard,
  });
  const pairing = pairStandards(before.map(fingerprint), after.map(fingerprint));
  const changes: StandardChange[] = [];
  for (const { standard: a, before: b } of pairing.after) {
    if (!b) {
      changes.push({ kind: 'added', number: a.number, title: a.title, fields: [] });
      continue;
    }
    const fields = fieldChanges(b.standard, a.standard, STANDARD_FIELDS);
    if (b.number !== a.number || fields.length) {
      changes.push({
        kind: 'changed',
        number: a.number,
        renumbered: b.number !== a.number ? { from: b.number } : undefined,
        title: a.title,
        fields,
      });
    }
  }
  for (const b of pairing.removed) changes.push({ kind: 'removed', number: b.number, title: b.title, fields: [] });
  return changes;
}

/** Items matched by a key: added, removed, reworded and moved (when the order of the kept items changes). */
function compareItems<T extends object>(
  before: T[],
  after: T[],
  key: (item: T) => string,
  label: (item: T) => string,
  fields: (keyof T & string)[],
): ItemChange[] {
  const changes: ItemChange[] = [];
  const beforeKeys = before.map(key);
  const afterKeys = after.map(key);
  // Moved: kept items outside the longest run that stays in the same order.
  const kept = afterKeys.filter((k) => beforeKeys.includes(k));
  const keptBefore = beforeKeys.filter((k) => afterKeys.includes(k));
  const moved = new Set(diffArrays(keptBefore, kept).flatMap((part) => (part.added ? part.value : [])));
  after.forEach((a, i) => {
    const bi = beforeKeys.indexOf(key(a));
    if (bi === -1) {
      changes.push({ kind: 'added', label: label(a), fields: [] });
      return;
    }
    const f = fieldChanges(before[bi], a, fields);
    if (f.length) changes.push({ kind: 'changed', label: label(a), fields: f });
    if (moved.has(key(a))) changes.push({ kind: 'moved', label: label(a), fields: [], from: bi + 1, to: i + 1 });
  });
  before.forEach((b) => {
    if (!afterKeys.includes(key(b))) changes.push({ kind: 'removed', label: label(b), fields: [] });
  });
  return changes;
}

function comparePriceLists(before: PriceList[], after: PriceList[]): PriceListChange[] {
  const changes: PriceListChange[] = [];
  const totals = (list: PriceList | undefined) => (list ? priceListTotals(list) : undefined);
  for (const a of after) {
    const b = before.find((x) => x.id === a.id);
    const lines = compareItems(
      b?.lines ?? [],
      a.lines,
      (l) => normalise(l.activity),
      (l) => l.activity,
      ['unitPrice', 'quantity', 'unit', 'asPublished'],
    );
    // A price list's date is compared in the source's words.
    const dated = (list: PriceList | undefined) => list && { ...list, published: list.published?.asPublished };
    const fields = fieldChanges(dated(b), dated(a), [
      'title',
      'published',
      'level',
      'pathway',
      'notes',
      'frequency',
      'vat',
      'plusExpenses',
      'membership',
    ]);
    const [tb, ta] = [totals(b), totals(a)];
    if (b && !lines.length && !fields.length && tb!.computed === ta!.computed && tb!.published === ta!.published)
      continue;
    changes.push({
      kind: b ? 'changed' : 'added',
      id: a.id,
      title: a.title,
      lines: b ? lines : [],
      fields,
      oldTotal: tb?.computed,
      newTotal: ta!.computed,
      oldPublished: tb?.published,
      newPublished: ta!.published,
      oldTerms: b,
      newTerms: a,
    });
  }
  for (const b of before) {
    if (!after.some((a) => a.id === b.id)) {
      const tb = totals(b)!;
      changes.push({
        kind: 'removed',
        id: b.id,
        title: b.title,
        lines: [],
        fields: [],
        oldTotal: tb.computed,
        oldPublished: tb.published,
        oldTerms: b,
      });
    }
  }
  return changes;
}

/** Everything that changed in one framework; `before` or `after` is absent for a new or deleted framework. */
export function compareFramework(
  frameworkId: string,
  before: FrameworkVersion | undefined,
  after: FrameworkVersion | undefined,
): FrameworkChanges {
  const b = before?.framework;
  const a = after?.framework;
  const latest = (a ?? b)!;
  const emptyFramework = { themes: [], stages: [], levels: [] } as unknown as Framework;
  const [fb, fa] = [b ?? emptyFramework, a ?? emptyFramework];
  return {
    frameworkId,
    title: latest.shortTitle,
    kind: !b ? 'added' : !a ? 'removed' : 'changed',
    fields:
      b && a
        ? fieldChanges(b, a, ['title', 'shortTitle', 'status']).concat(fieldChanges(b.edition, a.edition, ['label']))
        : [],
    // Numbered themes are matched by number (a renamed theme is a change), unnumbered ones by title.
    themes: compareItems(
      fb.themes,
      fa.themes,
      (t) => (t.number === undefined ? normalise(t.title ?? '') : String(t.number)),
      (t) => themeHeading(t) ?? 'the standards (listed without themes)',
      ['title'],
    ),
    standards: compareStandards(frameworkStandards(fb), frameworkStandards(fa)),
    stages: compareItems(
      fb.stages,
      fa.stages,
      (s) => normalise(s.title),
      (s) => s.title,
      ['description'],
    ),
    levels: compareItems(
      fb.levels,
      fa.levels,
      (l) => l.id,
      (l) => l.name,
      ['name', 'description', 'deliveredWith'],
    ),
    timing: compareTiming(fb, fa),
    costs: comparePriceLists(before?.costs?.priceLists ?? [], after?.costs?.priceLists ?? []),
    recurringFees: compareItems(
      before?.costs?.recurringFees ?? [],
      after?.costs?.recurringFees ?? [],
      (f) => normalise(f.activity),
      (f) => f.activity,
      ['amount', 'period', 'asPublished', 'vat', 'plusExpenses', 'membership'],
    ),
  };
}

export const hasChanges = (c: FrameworkChanges): boolean =>
  c.kind !== 'changed' ||
  [c.fields, c.themes, c.standards, c.stages, c.levels, c.timing, c.costs, c.recurringFees].some(
    (list) => list.length > 0,
  );

/** Each framework in either version, compared; only those that changed. */
export function compareContent(before: EntriesByCollection, after: EntriesByCollection): FrameworkChanges[] {
  const version = (entries: EntriesByCollection, id: string): FrameworkVersion | undefined => {
    const framework = entries.frameworks.find((f) => f.id === id)?.data;
    return framework && { framework, costs: entries.costs.find((c) => c.data.framework.id === id)?.data };
  };
  const ids = [...new Set([...after.frameworks, ...before.frameworks].map((f) => f.id))];
  return ids
    .map((id) => {
      const previous = version(before, id);
      const replaced = after.frameworks.find((f) => f.id === id)?.data.supersedes?.id;
      // A new file that supersedes another is a new edition: compare it with the edition it replaces.
      const older = !previous && replaced ? (version(before, replaced) ?? version(after, replaced)) : undefined;
      if (older && replaced)
        return {
          ...compareFramework(id, older, version(after, id)),
          kind: 'changed' as const,
          newEditionOf: { id: replaced, title: older.framework.shortTitle },
        };
      return compareFramework(id, previous, version(after, id));
    })
    .filter((c) => c.newEditionOf || hasChanges(c));
}
