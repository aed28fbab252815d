/**
 * Saving an assessment as a file (or in localStorage) and reading one back: anything that is not a
 * saved assessment is refused with a sentence saying why.
 */
import type { StandardFingerprint } from '../catalog/standard-pairs';
import { STANDARD_SLUG } from '../../schemas/standard-slug';
import { plural } from '../catalog/wording';
import {
  FORMAT,
  fingerprint,
  isBlank,
  STATUSES,
  VERSION,
  type Answer,
  type Assessment,
  type Status,
} from './self-assessment';

export function serialise(assessment: Assessment): string {
  return `${JSON.stringify({ format: FORMAT, ...assessment }, null, 2)}\n`;
}

export type ParseResult = { ok: true; assessment: Assessment } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

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

/**
 * Reads a saved assessment (from localStorage or an imported file). Anything that is not one is
 * refused with a sentence saying why; a file from a newer version of the site is refused rather
 * than half-read. Older versions would be upgraded here, one step per version.
 */
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
    ? data.standards.map((s): StandardFingerprint | undefined => {
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
      standards: standards as StandardFingerprint[],
      ...(typeof data.level === 'string' && data.level ? { level: data.level } : {}),
      answers,
      plan: { council: text(plan.council), title: text(plan.title), sourceFile: text(plan.sourceFile) },
    },
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
    ? `${plural(answers, 'answer')}${plan ? ' and the action plan details' : ''}`
    : 'action plan details';
  return `Importing ${fileName} replaces the ${held} recorded in this browser. Import it?`;
}
