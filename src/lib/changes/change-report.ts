/**
 * The pull request's change report as Markdown (`npm run changes`, posted on the pull request):
 * what compareContent (./changes.ts) found, and the entries that are new.
 */
import { totalsWarning } from '../costs/totals';
import type { EntriesByCollection } from '../catalog/types';
import { standardLabel } from '../catalog/labels';
import { priceAt, type FieldChange, type FrameworkChanges, type ItemChange, type WordChange } from './changes';

/** Escapes characters Markdown would treat as formatting in content text. */
const md = (text: string) => text.replace(/([\\`*_~[\]<>|])/g, '\\$1');

/** Regions, organisations, councils and register entries in `after` that `before` does not have. */
export function newEntries(before: EntriesByCollection, after: EntriesByCollection): string[] {
  const added = <T>(
    list: (e: EntriesByCollection) => { id: string; data: T }[],
    say: (e: { id: string; data: T }) => string,
  ) =>
    list(after)
      .filter((e) => !list(before).some((b) => b.id === e.id))
      .map(say);
  return [
    ...added(
      (e) => e.regions,
      (r) => `New region: ${md(r.data.name)} (\`${r.id}\`)`,
    ),
    ...added(
      (e) => e.organisations,
      (o) => `New organisation: ${md(o.data.name)} (\`${o.id}\`)`,
    ),
    ...added(
      (e) => e.councils,
      (c) => `New council: ${md(c.data.name)} (\`${c.id}\`)`,
    ),
    ...added(
      (e) => e.register,
      (r) =>
        `New register entry: \`${r.data.council.id}\` ${r.data.kind} against \`${r.data.framework.id}\`, ${md(r.data.date.asPublished)} (\`${r.id}\`)`,
    ),
  ];
}

/** A word diff as Markdown: removed words struck through, added words in bold. */
export function wordDiffMarkdown(words: WordChange[]): string {
  return words
    .map((w) =>
      w.kind === 'same'
        ? md(w.text)
        : w.text.trim() === ''
          ? w.text
          : w.kind === 'removed'
            ? `~~${md(w.text)}~~`
            : `**${md(w.text)}**`,
    )
    .join('');
}

const fieldLines = (fields: FieldChange[], indent = '  ') =>
  fields.map(
    (f) =>
      `${indent}- ${f.field}: ${f.before === undefined ? `added “${md(f.after!)}”` : f.after === undefined ? `removed “${md(f.before)}”` : wordDiffMarkdown(f.words)}`,
  );

function itemLines(items: ItemChange[]): string[] {
  return items.flatMap((i) => {
    if (i.kind === 'moved') return [`- **Moved** ${md(i.label)}: position ${i.from} → ${i.to}`];
    if (i.kind !== 'changed')
      return [`- **${i.kind === 'added' ? 'Added' : 'Removed'}** ${md(i.label)}`, ...fieldLines(i.fields)];
    return [`- **Changed** ${md(i.label)}`, ...fieldLines(i.fields)];
  });
}

export function changesToMarkdown(all: FrameworkChanges[], heading = 'Framework changes'): string {
  const out = [`## ${heading}`, ''];
  if (all.length === 0) {
    out.push('No framework standards, stages, levels, timing rules or costs change in this pull request.');
    return out.join('\n') + '\n';
  }
  for (const c of all) {
    const what = c.newEditionOf
      ? ` – new edition of ${md(c.newEditionOf.title)} (\`${c.newEditionOf.id}\`)`
      : c.kind === 'changed'
        ? ''
        : ` – framework ${c.kind}`;
    out.push(`### ${md(c.title)} (\`${c.frameworkId}\`)${what}`, '');
    if (c.fields.length) out.push(...fieldLines(c.fields, ''), '');
    if (c.themes.length) out.push('#### Themes', '', ...itemLines(c.themes), '');
    if (c.standards.length) {
      out.push('#### Standards', '');
      for (const s of c.standards) {
        if (s.kind === 'added') out.push(`- **Added** ${md(standardLabel(s))}`);
        else if (s.kind === 'removed') out.push(`- **Removed** ${md(standardLabel(s))}`);
        else {
          const what = [s.renumbered && 'Renumbered', s.fields.length && 'Reworded'].filter(Boolean).join(' and ');
          const numbered = (n: string | undefined) => (n === undefined ? '(no number)' : md(n));
          const label = s.renumbered
            ? `${numbered(s.renumbered.from)} → ${numbered(s.number)} ${md(s.title)}`
            : md(standardLabel(s));
          out.push(`- **${what}** ${label}`, ...fieldLines(s.fields));
        }
      }
      out.push('');
    }
    if (c.stages.length) out.push('#### Stages', '', ...itemLines(c.stages), '');
    if (c.levels.length) out.push('#### Levels', '', ...itemLines(c.levels), '');
    if (c.timing.length) out.push('#### Timing rules', '', ...itemLines(c.timing), '');
    if (c.costs.length) {
      out.push(
        '#### Costs',
        '',
        '| Price list | Change | Old total | New total | Published total (old → new) |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const p of c.costs)
        out.push(
          `| ${md(p.title)} | ${p.kind} | ${priceAt(p.oldTerms, p.oldTotal)} | ${priceAt(p.newTerms, p.newTotal)} | ${priceAt(p.oldTerms, p.oldPublished)} → ${priceAt(p.newTerms, p.newPublished)} |`,
        );
      out.push('');
      // A list this change leaves not adding up (a mismatch the source already printed is not new).
      for (const p of c.costs) {
        const changedTotals =
          p.kind === 'added' ||
          (p.kind === 'changed' && (p.oldTotal !== p.newTotal || p.oldPublished !== p.newPublished));
        const warning =
          changedTotals && p.newTotal !== undefined ? totalsWarning(p.newTotal, p.newPublished) : undefined;
        if (warning) out.push(`> **Check the total of ${md(p.title)}:** ${warning}`, '');
      }
      for (const p of c.costs.filter((x) => x.lines.length || x.fields.length)) {
        out.push(`${md(p.title)}:`, '', ...fieldLines(p.fields, ''), ...itemLines(p.lines), '');
      }
    }
    if (c.recurringFees.length) out.push('#### Recurring fees', '', ...itemLines(c.recurringFees), '');
  }
  return out.join('\n');
}
