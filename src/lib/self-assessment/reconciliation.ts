/**
 * A saved assessment opened against a framework that changed since the answers were given
 * (standards reworded, renumbered, added or removed): which answers still hold.
 */
import { normaliseWords, pairStandards, type StandardFingerprint } from '../catalog/standard-pairs';
import { answerOf, fingerprint, type Answer, type AssessedStandard, type Assessment } from './self-assessment';

/** A standard whose words changed. */
export type Reworded = StandardFingerprint & { previousTitle: string };
/** The same words under a new number or slug: the answer given under the old slug still holds. */
export type Renumbered = StandardFingerprint & { previousSlug: string; previousNumber?: string | undefined };

export interface StandardChanges<T extends StandardFingerprint> {
  added: T[];
  removed: StandardFingerprint[];
  reworded: Reworded[];
  renumbered: Renumbered[];
  unchanged: T[];
}

/**
 * How the standards changed between two editions, paired exactly as the change report pairs them
 * (../catalog/standard-pairs.ts): a renumbered standard is the same standard, not one reworded and one new.
 */
export function standardChanges<T extends StandardFingerprint>(
  previous: StandardFingerprint[],
  current: T[],
): StandardChanges<T> {
  const pairing = pairStandards(previous, current);
  const changes: StandardChanges<T> = {
    added: [],
    removed: pairing.removed,
    reworded: [],
    renumbered: [],
    unchanged: [],
  };
  for (const { standard, before } of pairing.after) {
    if (!before) changes.added.push(standard);
    else if (normaliseWords(before.title) !== normaliseWords(standard.title))
      changes.reworded.push({ ...fingerprint(standard), previousTitle: before.title });
    else if (before.slug !== standard.slug || before.number !== standard.number)
      changes.renumbered.push({ ...fingerprint(standard), previousSlug: before.slug, previousNumber: before.number });
    else changes.unchanged.push(standard);
  }
  return changes;
}

/** What happened to a saved assessment opened against a changed framework. */
export interface Reconciliation {
  assessment: Assessment;
  /** Undefined when the framework is the one the answers were given against, unchanged. */
  changes?: {
    previousFrameworkId: string;
    added: AssessedStandard[];
    /** Standards that are gone, with the answer given for them (if any) so nothing is lost unseen. */
    removed: (StandardFingerprint & { answer?: Answer | undefined })[];
    /** Standards whose wording changed: their answers are not carried over, but shown. */
    reworded: (Reworded & { answer?: Answer | undefined })[];
    /** Standards with the same words under a new number: their answers are carried over to it. */
    renumbered: Renumbered[];
    /** How many answers were carried over. */
    carried: number;
  };
}

/**
 * Brings a saved assessment to the page's framework, keeping the answers for standards whose words
 * are unchanged (under the same number or a new one); the rest are shown with their old answers.
 */
export function reconcile(saved: Assessment, frameworkId: string, standards: AssessedStandard[]): Reconciliation {
  const diff = standardChanges(saved.standards, standards);
  if (
    saved.frameworkId === frameworkId &&
    !diff.added.length &&
    !diff.removed.length &&
    !diff.reworded.length &&
    !diff.renumbered.length
  ) {
    return { assessment: saved };
  }
  const answers: Record<string, Answer> = {};
  const carry = (from: string, to: string) => {
    const answer = answerOf(saved, from);
    if (answer) answers[to] = answer;
  };
  for (const s of diff.unchanged) carry(s.slug, s.slug);
  for (const s of diff.renumbered) carry(s.previousSlug, s.slug);
  return {
    assessment: {
      ...saved,
      frameworkId,
      standards: standards.map(fingerprint),
      answers,
    },
    changes: {
      previousFrameworkId: saved.frameworkId,
      added: diff.added,
      removed: diff.removed.map((s) => ({ ...s, answer: answerOf(saved, s.slug) })),
      reworded: diff.reworded.map((s) => ({ ...s, answer: answerOf(saved, s.slug) })),
      renumbered: diff.renumbered,
      carried: Object.keys(answers).length,
    },
  };
}
