/**
 * A council's self-assessment against a framework's standards: the state the recorder keeps in the
 * browser (the answers model). Saving and reading back (./saved-assessment.ts), following a changed
 * framework (./reconciliation.ts), progress (./progress.ts) and the action-plan export
 * (./action-plan-export.ts) each have their own module.
 *
 * Pure and dependency-free (it runs in the browser island and in the tests alike). YAML writing
 * lives in yaml.ts so the browser loads the YAML library only when it is needed.
 */
import { whyNotADate } from '../../schemas/calendar';
import type { Framework } from '../catalog/types';
import type { StandardFingerprint } from '../catalog/standard-pairs';
import { standardSlug } from '../../schemas/standard-slug';
import { themeHeading } from '../catalog/labels';

export const STATUSES = ['met', 'partly-met', 'not-yet', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
/** How each answer's status reads on the page and in the downloads. */
export const ANSWER_LABELS: Record<Status, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-yet': 'Not yet',
  'not-applicable': 'Not applicable',
};

/** A standard as the recorder needs it: its fingerprint (slug, number as printed, title) and its place. */
export interface AssessedStandard {
  /** What its answer is saved under. */
  slug: string;
  /** As printed; absent for an unnumbered standard. */
  number?: string | undefined;
  title: string;
  /** The theme's place in the framework, from 1 (themes may be unnumbered). */
  themePosition: number;
  /** The theme's heading as printed: "1. Commitment", or the title alone for an unnumbered theme; absent for a flat list. */
  themeHeading: string | undefined;
  /** The level the standard applies to; absent when it applies to all. */
  level?: string | undefined;
}

/** What the officer records for one standard. Every field may be empty. */
export interface Answer {
  status?: Status | undefined;
  evidence: string;
  action: string;
  /** YYYY-MM-DD, or empty. Kept as typed so a mistake can be shown and corrected, never silently dropped. */
  due: string;
  owner: string;
}

/** What a council must give before its answers can become an action-plan content file. */
export interface PlanDetails {
  /** The council's id on the site (its file name under src/content/councils/). */
  council: string;
  title: string;
  /** Where the pull request will put a copy of the plan, e.g. sources/harrow-action-plan-2025.txt. */
  sourceFile: string;
}

export interface Assessment {
  version: typeof VERSION;
  /** The framework (edition) the answers were given against. */
  frameworkId: string;
  /** Every standard of that framework as it read then: how a later, changed edition is recognised. */
  standards: StandardFingerprint[];
  /** The level assessed against, for frameworks with levels. */
  level?: string | undefined;
  /** By standard slug ("2.10", "criterion-2"); read them with `answerOf`. */
  answers: Record<string, Answer>;
  plan: PlanDetails;
}

/** Version 2 saves standards by slug; version 1 saved them by number, always "n.m", which is the slug. */
export const VERSION = 2;
export const FORMAT = 'charter-atlas/self-assessment';

export const storageKey = (frameworkId: string) => `charter-atlas:self-assessment:${frameworkId}`;

/** The answer saved for a standard, if any (an own property only: a slug such as "constructor" is no answer). */
export const answerOf = (assessment: Assessment, slug: string): Answer | undefined =>
  Object.hasOwn(assessment.answers, slug) ? assessment.answers[slug] : undefined;

/** A standard's fingerprint alone, without an absent number written as `number: undefined`. */
export const fingerprint = ({ slug, number, title }: StandardFingerprint): StandardFingerprint =>
  number === undefined ? { slug, title } : { slug, number, title };

export function assessedStandards(framework: Framework): AssessedStandard[] {
  return framework.themes.flatMap((theme, t) =>
    theme.standards.map((s) => ({
      slug: standardSlug(s),
      number: s.number,
      title: s.title,
      themePosition: t + 1,
      themeHeading: themeHeading(theme),
      level: s.level,
    })),
  );
}

/** The standards that apply at a level: those for that level and those for every level. */
export function applicableStandards(standards: AssessedStandard[], level: string | undefined): AssessedStandard[] {
  return level ? standards.filter((s) => !s.level || s.level === level) : standards;
}

export const emptyAnswer = (): Answer => ({ evidence: '', action: '', due: '', owner: '' });

export const isBlank = (a: Answer | undefined) =>
  !a || (!a.status && !a.evidence.trim() && !a.action.trim() && !a.due.trim() && !a.owner.trim());

export function createAssessment(frameworkId: string, standards: AssessedStandard[]): Assessment {
  return {
    version: VERSION,
    frameworkId,
    standards: standards.map(fingerprint),
    answers: {},
    plan: { council: '', title: '', sourceFile: '' },
  };
}

/** The assessment with one standard's answer changed; blank answers are not kept. */
export function withAnswer(assessment: Assessment, slug: string, patch: Partial<Answer>): Assessment {
  const answer = { ...(answerOf(assessment, slug) ?? emptyAnswer()), ...patch };
  const answers = { ...assessment.answers };
  if (isBlank(answer)) delete answers[slug];
  else answers[slug] = answer;
  return { ...assessment, answers };
}

/** Why a due date cannot be used, or undefined when it is empty or a real date. */
export function dueProblem(due: string): string | undefined {
  const value = due.trim();
  if (!value) return undefined;
  const why = whyNotADate(value);
  return why && `"${value}" is not a real date: ${why}`;
}

/** The column headings of the CSV download, also the answer fields' labels on the page. */
export const CSV_COLUMNS = [
  'Theme',
  'Standard',
  'Title',
  'Status',
  'Evidence',
  'Action needed',
  'By when',
  'By whom',
] as const;
