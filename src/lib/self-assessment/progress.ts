/** How far an assessment has got: answers tallied by theme and overall, and the printed report. */
import {
  answerOf,
  applicableStandards,
  type AssessedStandard,
  type Assessment,
  type Status,
  type Answer,
} from './self-assessment';

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
