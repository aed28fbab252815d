/**
 * Stage alignment: each framework's accreditation stages placed against the common steps (sign-up,
 * action plan, evidence, assessment, award, re-assessment), for /compare/stages/, the pair pages and
 * their downloads.
 */
import { stepsOf } from '../catalog/listings';
import { TIMING_LABELS, timingRules, type TimingRow } from '../catalog/timing';
import type { Entry, Framework, Stage, StageStep } from '../catalog/types';
import { STAGE_STEPS } from '../../schemas/framework';

export const STEP_LABELS: Record<StageStep, string> = {
  'sign-up': 'Sign-up',
  'action-plan': 'Action plan',
  evidence: 'Evidence',
  assessment: 'Assessment',
  award: 'Award',
  reassessment: 'Re-assessment',
};

/** The common step each timing rule is about (an interim review falls between steps). */
const RULE_STEPS: Record<string, StageStep> = {
  [TIMING_LABELS.reassessment]: 'reassessment',
  [TIMING_LABELS.commitmentToAssessment]: 'assessment',
  [TIMING_LABELS.awardDuration]: 'award',
};

/** A row's heading: its common step, or that its stages are not aligned to one. */
export const stepLabel = (step: StageStep | undefined): string =>
  step ? STEP_LABELS[step] : 'Not aligned to a common step';

export interface StageAlignmentRow {
  /** The common step; undefined for stages not aligned to one. */
  step: StageStep | undefined;
  /** One list per framework, in the order given: its stages at this step, in their own order. */
  stages: Stage[][];
  /**
   * One list per framework: its timing rules about this step where it has no stage for it (a
   * re-assessment rule in a process that lists no re-assessment stage), so the cell says what the source does.
   */
  rules: TimingRow[][];
}

export interface StageAlignment {
  frameworks: Entry<Framework>[];
  rows: StageAlignmentRow[];
}

/** Each framework's stages placed against the common steps; a final row holds stages with no step. */
export function stageAlignment(frameworks: Entry<Framework>[]): StageAlignment {
  // A stage covering several common steps ("Commitment to the Charter and an Action Plan") sits in each.
  const rows: StageAlignmentRow[] = STAGE_STEPS.map((step) => {
    const stages = frameworks.map((fw) => fw.data.stages.filter((s) => stepsOf(s).includes(step)));
    const rules = frameworks.map((fw, i) =>
      stages[i]!.length ? [] : timingRules(fw.data).filter((rule) => RULE_STEPS[rule.label] === step),
    );
    return { step, stages, rules };
  });
  rows.push({
    step: undefined,
    stages: frameworks.map((fw) => fw.data.stages.filter((s) => stepsOf(s).length === 0)),
    rules: frameworks.map(() => []),
  });
  return {
    frameworks,
    rows: rows.filter((row) => row.stages.some((list) => list.length > 0) || row.rules.some((l) => l.length > 0)),
  };
}
