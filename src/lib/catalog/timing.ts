/**
 * A framework's rules about time (re-assessment, interim review, commitment to assessment, how long
 * an award lasts), as rows a page can show. Every row carries the source's own words; the numbers are
 * shown under neutral labels, never turned into a sentence one region used ("within a minimum of…").
 */
import type { Framework } from './types';

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

const period = (years: number | undefined, months: number | undefined): string | undefined =>
  years !== undefined
    ? `${years} year${years === 1 ? '' : 's'}`
    : months !== undefined
      ? `${months} month${months === 1 ? '' : 's'}`
      : undefined;

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
      details: [...detail('Period stated', period(r.intervalYears, r.intervalMonths)), ...detail('Method', r.method)],
    });
  }
  if (fw.interimReview) {
    rows.push({
      label: TIMING_LABELS.interimReview,
      asPublished: fw.interimReview.asPublished,
      details: detail('Period stated', period(fw.interimReview.years, fw.interimReview.months)),
    });
  }
  const c = fw.commitmentToAssessment;
  if (c) {
    rows.push({
      label: TIMING_LABELS.commitmentToAssessment,
      asPublished: c.asPublished,
      details: c.noTimeLimit
        ? [{ label: 'Time limit', value: 'None' }]
        : detail('Longest time stated', period(c.years, c.months)),
    });
  }
  if (fw.awardDuration) {
    rows.push({
      label: TIMING_LABELS.awardDuration,
      asPublished: fw.awardDuration.asPublished,
      details: detail('Period stated', period(fw.awardDuration.years, fw.awardDuration.months)),
    });
  }
  return rows;
}

/**
 * The interval after which a framework's award is due for re-assessment, in months, from its own
 * rule: the re-assessment interval, or else how long an award lasts. Undefined where neither states one.
 */
export function reassessmentMonths(fw: Framework): { months: number; rule: string } | undefined {
  const r = fw.reassessment;
  if (r?.intervalYears !== undefined) return { months: Math.round(r.intervalYears * 12), rule: r.asPublished };
  if (r?.intervalMonths !== undefined) return { months: r.intervalMonths, rule: r.asPublished };
  const a = fw.awardDuration;
  if (a?.years !== undefined) return { months: Math.round(a.years * 12), rule: a.asPublished };
  if (a?.months !== undefined) return { months: a.months, rule: a.asPublished };
  return undefined;
}
