/**
 * A council's self-assessment against a framework's standards: the state the recorder keeps in the
 * browser, how it is saved and restored, how it follows a changed framework, and what it exports.
 *
 * Pure and dependency-free (it runs in the browser island and in the tests alike). YAML writing
 * lives in yaml.ts so the browser loads the YAML library only when it is needed.
 */
import { whyNotADate } from '../../schemas/calendar';
import { formatDate } from '../catalog/dates';
import type { ActionPlanFile, Framework } from '../catalog/types';
import { normaliseWords, pairStandards, type NumberedStandard } from '../changes/standards';
import { STANDARD_SLUG, standardSlug } from '../../schemas/standard-slug';
import { themeHeading } from '../catalog/labels';

export const STATUSES = ['met', 'partly-met', 'not-yet', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
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
  standards: Fingerprint[];
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

const fingerprint = ({ slug, number, title }: Fingerprint): Fingerprint =>
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

const isBlank = (a: Answer | undefined) =>
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

// ---------------------------------------------------------------------------------------------
// Saving and restoring

export function serialise(assessment: Assessment): string {
  return `${JSON.stringify({ format: FORMAT, ...assessment }, null, 2)}\n`;
}

export type ParseResult = { ok: true; assessment: Assessment } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads a saved assessment (from localStorage or an imported file). Anything that is not one is
 * refused with a sentence saying why; a file from a newer version of the site is refused rather
 * than half-read. Older versions would be upgraded here, one step per version.
 */
/** A saved assessment of every standard of the largest framework, fully written, is under 200 KB. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** An answer's key is a standard slug ("2.10", "criterion-2"): never __proto__ or any other name with an underscore. */
const STANDARD_KEY = STANDARD_SLUG;

/** Why a file of `size` bytes (or characters) is not imported, or undefined when its size is fine. */
export function importSizeProblem(size: number): string | undefined {
  return size > MAX_IMPORT_BYTES
    ? `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, far more than a saved self-assessment; choose the JSON file this page downloaded.`
    : undefined;
}

export function parseAssessment(json: string): ParseResult {
  const tooLarge = importSizeProblem(json.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The file is not a saved self-assessment: it is not valid JSON.' };
  }
  if (!isRecord(data) || data.format !== FORMAT) {
    return {
      ok: false,
      error: 'The file is not a saved self-assessment from this site (its "format" is missing or different).',
    };
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, error: 'The saved self-assessment has no valid version number.' };
  }
  if (data.version > VERSION) {
    return {
      ok: false,
      error: `The saved self-assessment was made by a newer version of this site (version ${data.version}; this page reads up to version ${VERSION}).`,
    };
  }
  if (typeof data.frameworkId !== 'string' || !data.frameworkId) {
    return { ok: false, error: 'The saved self-assessment does not say which framework it is for.' };
  }
  // Version 1 named each standard by its number alone, always "n.m": its slug.
  const standards = Array.isArray(data.standards)
    ? data.standards.map((s): Fingerprint | undefined => {
        if (!isRecord(s) || typeof s.title !== 'string') return undefined;
        const slug = data.version === 1 ? s.number : s.slug;
        if (
          typeof slug !== 'string' ||
          !STANDARD_KEY.test(slug) ||
          (s.number !== undefined && typeof s.number !== 'string')
        )
          return undefined;
        return fingerprint({ slug, number: s.number as string | undefined, title: s.title });
      })
    : [undefined];
  if (!standards.every((s) => s !== undefined)) {
    return { ok: false, error: 'The saved self-assessment does not list the standards it was made against.' };
  }
  if (!isRecord(data.answers)) return { ok: false, error: 'The saved self-assessment has no answers section.' };

  const answers: Record<string, Answer> = {};
  const listed = new Set(standards.map((s) => s!.slug));
  for (const [number, raw] of Object.entries(data.answers)) {
    // JSON.parse keeps "__proto__" as an ordinary key; copied into answers it would replace the
    // object's prototype and vanish. Any key that is not a listed standard's slug is refused, not dropped.
    if (!listed.has(number)) {
      return {
        ok: false,
        error: `The saved self-assessment has answers under ${JSON.stringify(number)}, which is not one of the standards it lists (by number or slug, such as 2.10).`,
      };
    }
    if (!isRecord(raw)) return { ok: false, error: `The answer for standard ${number} is not in the expected form.` };
    if (raw.status !== undefined && !(STATUSES as readonly unknown[]).includes(raw.status)) {
      return {
        ok: false,
        error: `The answer for standard ${number} has an unknown status ${JSON.stringify(raw.status)}; expected one of: ${STATUSES.join(', ')}.`,
      };
    }
    const answer: Answer = {
      evidence: text(raw.evidence),
      action: text(raw.action),
      due: text(raw.due),
      owner: text(raw.owner),
    };
    if (raw.status) answer.status = raw.status as Status;
    if (!isBlank(answer)) answers[number] = answer;
  }
  const plan = isRecord(data.plan) ? data.plan : {};
  return {
    ok: true,
    assessment: {
      version: VERSION,
      frameworkId: data.frameworkId,
      standards: standards as Fingerprint[],
      ...(typeof data.level === 'string' && data.level ? { level: data.level } : {}),
      answers,
      plan: { council: text(plan.council), title: text(plan.title), sourceFile: text(plan.sourceFile) },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A framework that changed since the answers were given

type Fingerprint = NumberedStandard;

/** A standard whose words changed. */
export type Reworded = Fingerprint & { previousTitle: string };
/** The same words under a new number or slug: the answer given under the old slug still holds. */
export type Renumbered = Fingerprint & { previousSlug: string; previousNumber?: string | undefined };

export interface StandardChanges<T extends Fingerprint> {
  added: T[];
  removed: Fingerprint[];
  reworded: Reworded[];
  renumbered: Renumbered[];
  unchanged: T[];
}

/**
 * How the standards changed between two editions, paired exactly as the change report pairs them
 * (../changes/standards.ts): a renumbered standard is the same standard, not one reworded and one new.
 */
export function standardChanges<T extends Fingerprint>(previous: Fingerprint[], current: T[]): StandardChanges<T> {
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
    removed: (Fingerprint & { answer?: Answer | undefined })[];
    /** Standards whose wording changed: their answers are not carried over, but shown. */
    reworded: (Reworded & { answer?: Answer | undefined })[];
    /** Standards with the same words under a new number: their answers are carried over to it. */
    renumbered: Renumbered[];
    /** How many answers were carried over. */
    carried: number;
  };
}

/**
 * The question to ask before an import replaces what this browser holds, or undefined when it holds
 * nothing to lose (no answer and no plan details).
 */
export function replaceQuestion(current: Assessment, fileName: string): string | undefined {
  const answers = Object.keys(current.answers).length;
  const plan = Object.values(current.plan).some((v) => v.trim() !== '');
  if (!answers && !plan) return undefined;
  const held = answers
    ? `${answers} answer${answers === 1 ? '' : 's'}${plan ? ' and the action plan details' : ''}`
    : 'action plan details';
  return `Importing ${fileName} replaces the ${held} recorded in this browser. Import it?`;
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

// ---------------------------------------------------------------------------------------------
// Progress

export type Tally = Record<Status | 'unanswered', number> & { total: number };

export interface Progress {
  /** Each theme with a standard that applies, by its place in the framework (from 1). */
  themes: { position: number; heading: string | undefined; tally: Tally }[];
  overall: Tally;
}

const emptyTally = (): Tally => ({
  total: 0,
  met: 0,
  'partly-met': 0,
  'not-yet': 0,
  'not-applicable': 0,
  unanswered: 0,
});

export function progress(assessment: Assessment, standards: AssessedStandard[]): Progress {
  const themes = new Map<number, Progress['themes'][number]>();
  const overall = emptyTally();
  for (const s of applicableStandards(standards, assessment.level)) {
    let theme = themes.get(s.themePosition);
    if (!theme)
      themes.set(
        s.themePosition,
        (theme = { position: s.themePosition, heading: s.themeHeading, tally: emptyTally() }),
      );
    const key = answerOf(assessment, s.slug)?.status ?? 'unanswered';
    for (const tally of [theme.tally, overall]) {
      tally.total++;
      tally[key]++;
    }
  }
  return { themes: [...themes.values()], overall };
}

/** The printed report: the standards answered (with their answers) and those not answered, in framework order. */
export interface Report {
  answered: { standard: AssessedStandard; answer: Answer }[];
  unanswered: AssessedStandard[];
}

/** What the print view lists: only the standards at the chosen level, a standard with any answer counting as answered. */
export function reportOf(assessment: Assessment, standards: AssessedStandard[]): Report {
  const report: Report = { answered: [], unanswered: [] };
  for (const standard of applicableStandards(standards, assessment.level)) {
    const answer = answerOf(assessment, standard.slug);
    if (answer) report.answered.push({ standard, answer });
    else report.unanswered.push(standard);
  }
  return report;
}

// ---------------------------------------------------------------------------------------------
// Exports

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

export type PlanResult = { ok: true; plan: ActionPlanFile; fileName: string } | { ok: false; problems: string[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_FILE = /^sources\/[\w.-]+$/;

/**
 * The action plan a council can publish on the site: one row per standard with an action, in
 * framework order, as a draft. Nothing is filled in that the officer did not give: a row's "need"
 * and its one action are both the action recorded (edit the file to split it into several actions);
 * a due date and an owner appear only when recorded. Refuses, listing every problem, when a
 * required detail is missing or a date is not real.
 */
export function actionPlanFrom(assessment: Assessment, standards: AssessedStandard[]): PlanResult {
  const problems: string[] = [];
  const { council, title, sourceFile } = {
    council: assessment.plan.council.trim(),
    title: assessment.plan.title.trim(),
    sourceFile: assessment.plan.sourceFile.trim(),
  };
  if (!council) problems.push('Choose your council.');
  else if (!SLUG.test(council))
    problems.push(
      `The council id "${council}" should be lower-case letters, digits and hyphens, like harrow or east-riding.`,
    );
  if (!title) problems.push('Give the plan a title.');
  if (!sourceFile)
    problems.push(
      'Give the file the plan’s copy will have under sources/ (for example sources/harrow-action-plan-2025.txt).',
    );
  else if (!SOURCE_FILE.test(sourceFile))
    problems.push(
      `The source file "${sourceFile}" should be a file name under sources/, like sources/harrow-action-plan-2025.txt.`,
    );

  const items: ActionPlanFile['items'] = [];
  for (const s of applicableStandards(standards, assessment.level)) {
    const a = answerOf(assessment, s.slug);
    const action = a?.action.trim();
    if (!a || !action) continue;
    const due = a.due.trim();
    const why = dueProblem(due);
    if (why) problems.push(`Standard ${s.number ?? `“${s.title}”`}, by when: ${why}.`);
    const owner = a.owner.trim();
    items.push({
      standard: s.slug,
      need: action,
      actions: [
        {
          action,
          ...(due && !why ? { due: { asPublished: formatDate(due), date: due } } : {}),
          ...(owner ? { owner: { asPublished: owner, roles: [owner] } } : {}),
        },
      ],
    });
  }
  if (!items.length)
    problems.push(
      'Record an action needed for at least one standard: the plan has one row per standard with an action.',
    );
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    fileName: `${council}-${assessment.frameworkId}-action-plan.yaml`,
    plan: {
      council,
      framework: assessment.frameworkId,
      title,
      status: 'draft',
      source: { title, file: sourceFile },
      items,
    },
  };
}
