/** Derived facts about council strategies. */
import type { Strategy } from '../catalog/types';

type Paragraph = Strategy['sections'][number]['paragraphs'][number];

/** Every paragraph in document order, subsections included. */
export function paragraphsOf(strategy: Strategy): Paragraph[] {
  return strategy.sections.flatMap((s) => [...s.paragraphs, ...s.subsections.flatMap((sub) => sub.paragraphs)]);
}

/** Paragraph numbers the source prints more than once ("1.2"), in order of first appearance. */
export function duplicateParagraphNumbers(strategy: Strategy): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const p of paragraphsOf(strategy)) {
    if (!p.number) continue;
    if (seen.has(p.number)) duplicates.add(p.number);
    seen.add(p.number);
  }
  return [...duplicates];
}

/**
 * The anchor id of each numbered paragraph: `para-1.2`, and `para-1.2-2` for the second paragraph the
 * source also numbers 1.2, so every id on the page is unique and the first keeps the natural address.
 */
export function paragraphIds(strategy: Strategy): Map<Paragraph, string> {
  const ids = new Map<Paragraph, string>();
  const count = new Map<string, number>();
  for (const p of paragraphsOf(strategy)) {
    if (!p.number) continue;
    const n = (count.get(p.number) ?? 0) + 1;
    count.set(p.number, n);
    ids.set(p, n === 1 ? `para-${p.number}` : `para-${p.number}-${n}`);
  }
  return ids;
}

/** The paragraphs with a given role (e.g. "aims"), for pages and comparisons that need one part of a strategy. */
export const paragraphsWithRole = (strategy: Strategy, role: NonNullable<Paragraph['role']>): Paragraph[] =>
  paragraphsOf(strategy).filter((p) => p.role === role);

export const STRAND_LABELS = {
  'pre-election': 'Pre-election',
  induction: 'Induction',
  'training-needs-discussion': 'Training needs discussion',
  'development-programme': 'Development programme',
  'leadership-programme': 'Leadership programme',
  'continuing-development': 'Continuing development',
} as const;
