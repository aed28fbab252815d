/**
 * A framework's rules about time (re-assessment, interim review, commitment to assessment, how long
 * an award lasts), as rows a page can show. Every row carries the source's own words; the numbers are
 * shown under neutral labels, never turned into a sentence one region used ("within a minimum of…").
 */
import type { Framework } from './types';
import { plural } from './wording';

export interface TimingDetail {
  label: string;
  value: string;
}
export interface TimingRow {
  /** Which rule this is: the same label for every framework. */
  label: string;
  asPublished: string;
  details: TimingDetail[];
}

/** The period every timing rule may state, in years or in months (the schema allows one of them). */
type Period = { years?: number | undefined; months?: number | undefined } | undefined;

const period = (rule: Period): string | undefined =>
  rule?.years !== undefined
    ? plural(rule.years, 'year')
    : rule?.months !== undefined
      ? plural(rule.months, 'month')
      : undefined;

const inMonths = (rule: Period): number | undefined => (rule?.years !== undefined ? rule.years * 12 : rule?.months);

const detail = (label: string, value: string | undefined): TimingDetail[] =>
  value === undefined ? [] : [{ label, value }];

export const TIMING_LABELS = {
  reassessment: 'Re-assessment',
  interimReview: 'Interim review',
  commitmentToAssessment: 'From commitment to assessment',
  awardDuration: 'How long an award lasts',
} as const;

/** The timing rules a framework states, in a fixed order; rules it does not state are left out. */
export function timingRules(fw: Framework): TimingRow[] {
  const rows: TimingRow[] = [];
  const r = fw.reassessment;
  if (r) {
    rows.push({
      label: TIMING_LABELS.reassessment,
      asPublished: r.asPublished,
      details: [...detail('Period stated', period(r)), ...detail('Method', r.method)],
    });
  }
  if (fw.interimReview) {
    rows.push({
      label: TIMING_LABELS.interimReview,
      asPublished: fw.interimReview.asPublished,
      details: detail('Period stated', period(fw.interimReview)),
    });
  }
  const c = fw.commitmentToAssessment;
  if (c) {
    rows.push({
      label: TIMING_LABELS.commitmentToAssessment,
      asPublished: c.asPublished,
      details: c.noTimeLimit ? [{ label: 'Time limit', value: 'None' }] : detail('Longest time stated', period(c)),
    });
  }
  if (fw.awardDuration) {
    rows.push({
      label: TIMING_LABELS.awardDuration,
      asPublished: fw.awardDuration.asPublished,
      details: detail('Period stated', period(fw.awardDuration)),
    });
  }
  return rows;
}

/**
 * The interval after which a framework's award is due for re-assessment, in months, from its own
 * rule: the re-assessment interval, or else how long an award lasts. Undefined where neither states one.
 */
export function reassessmentMonths(fw: Framework): { months: number; rule: string } | undefined {
  for (const rule of [fw.reassessment, fw.awardDuration]) {
    const months = inMonths(rule);
    if (rule && months !== undefined) return { months, rule: rule.asPublished };
  }
  return undefined;
}
