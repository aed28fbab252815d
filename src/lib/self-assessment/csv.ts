/**
 * The self-assessment as a CSV file, by the site's one CSV writer. Its own module so the recorder's
 * script loads the CSV writer (csv-stringify, ~10 KB gzipped) only when someone downloads a CSV.
 */
import { writeCsv } from '../common/csv';
import {
  ANSWER_LABELS,
  answerOf,
  applicableStandards,
  CSV_COLUMNS,
  emptyAnswer,
  type AssessedStandard,
  type Assessment,
} from './self-assessment';

/** One row per applicable standard, in framework order. */
export function assessmentCsv(assessment: Assessment, standards: AssessedStandard[]): string {
  const rows = applicableStandards(standards, assessment.level).map((s) => {
    const a = answerOf(assessment, s.slug) ?? emptyAnswer();
    return [
      s.themeHeading ?? '',
      s.number ?? '',
      s.title,
      a.status ? ANSWER_LABELS[a.status] : '',
      a.evidence,
      a.action,
      a.due,
      a.owner,
    ];
  });
  return writeCsv(CSV_COLUMNS, rows);
}
