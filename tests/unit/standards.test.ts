/**
 * One standards comparison: the change report (changes.ts) and the self-assessment recorder describe
 * the same edition change the same way, because both pair standards with src/lib/catalog/standard-pairs.ts.
 */
import { describe, expect, it } from 'vitest';
import { compareStandards } from '../../src/lib/changes/changes';
import { standardChanges } from '../../src/lib/self-assessment/reconciliation';
import { frozenCatalog } from '../helpers/content';

type Numbered = { number: string; title: string };

/** What the change report says about each standard, one line each, sorted. */
const reportSays = (before: Numbered[], after: Numbered[]) =>
  compareStandards(before, after)
    .map((c) =>
      c.kind === 'added'
        ? `${c.number} added`
        : c.kind === 'removed'
          ? `${c.number} removed`
          : c.renumbered
            ? `${c.renumbered.from} renumbered ${c.number}`
            : `${c.number} reworded`,
    )
    .sort();

/** What the recorder says about each standard, in the same words, sorted. */
const recorderSays = (before: Numbered[], after: Numbered[]) => {
  // The recorder keys standards by slug: for these numbers, the number itself.
  const withSlug = (list: Numbered[]) => list.map((s) => ({ ...s, slug: s.number }));
  const c = standardChanges(withSlug(before), withSlug(after));
  return [
    ...c.added.map((s) => `${s.number} added`),
    ...c.removed.map((s) => `${s.number} removed`),
    ...c.renumbered.map((s) => `${s.previousNumber} renumbered ${s.number}`),
    ...c.reworded.map((s) => `${s.number} reworded`),
  ].sort();
};

describe('one standards comparison for the change report and the self-assessment', () => {
  it('a standard moved up a number is renumbered in both, not reworded', () => {
    const before = [
      { number: '1.1', title: 'A' },
      { number: '1.2', title: 'B' },
      { number: '1.3', title: 'C' },
    ];
    const after = [
      { number: '1.1', title: 'A' },
      { number: '1.2', title: 'C' },
      { number: '1.3', title: 'D' },
    ];
    expect(reportSays(before, after)).toEqual(['1.2 removed', '1.3 added', '1.3 renumbered 1.2']);
    expect(recorderSays(before, after)).toEqual(reportSays(before, after));
  });

  it('inserting a standard into a real framework: one added, the ones after it renumbered, in both', () => {
    const themes = frozenCatalog().frameworks.get('east-midlands')!.data.themes;
    const before: Numbered[] = themes.flatMap((t) => t.standards.map((s) => ({ number: s.number!, title: s.title })));
    // Theme 2 gains a standard at 2.9: 2.9 onwards each move one number on.
    const theme2 = before.filter((s) => s.number.startsWith('2.'));
    const at = theme2.findIndex((s) => s.number === '2.9');
    const next = (number: string) => `2.${Number(number.split('.')[1]) + 1}`;
    const moved = (s: Numbered) => (theme2.indexOf(s) >= at ? { ...s, number: next(s.number) } : s);
    const after = before.flatMap((s) =>
      s === theme2[at] ? [{ ...s, title: 'A new standard.' }, moved(s)] : [moved(s)],
    );
    const expected = ['2.9 added', ...theme2.slice(at).map((s) => `${s.number} renumbered ${next(s.number)}`)].sort();
    expect(expected.length).toBeGreaterThan(2);
    expect(reportSays(before, after)).toEqual(expected);
    expect(recorderSays(before, after)).toEqual(expected);
  });

  it('a standard with the same number and new words is reworded in both', () => {
    const before = [
      { number: '1.1', title: 'A' },
      { number: '1.2', title: 'B' },
    ];
    const after = [
      { number: '1.1', title: 'A' },
      { number: '1.2', title: 'B, reworded' },
    ];
    expect(reportSays(before, after)).toEqual(['1.2 reworded']);
    expect(recorderSays(before, after)).toEqual(['1.2 reworded']);
  });
});
