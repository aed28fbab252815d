/** Derived facts about council strategies. */
import type { Strategy } from './types';

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
