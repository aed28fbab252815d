/** Timing rules and edition dates come out in the source's words, with only the figures it states. */
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/schemas';
import { plainReference } from '../../src/schemas/common';
import { editionDates } from '../../src/lib/catalog/editions';
import { reassessmentMonths, timingRules } from '../../src/lib/catalog/timing';
import type { Framework } from '../../src/lib/catalog/types';

const base = {
  title: 'A charter',
  shortTitle: 'Charter',
  owner: { organisation: 'x', certainty: 'stated' },
  regions: ['r'],
  status: 'current',
  provenance: { kind: 'source' },
  source: { title: 'Doc', file: 'sources/doc.txt' },
};
const framework = (extra: object): Framework => makeSchemas(plainReference).frameworks.parse({ ...base, ...extra });

describe('timingRules', () => {
  it('lists each stated rule with its own label, words and figures, and leaves out the rest', () => {
    const fw = framework({
      reassessment: {
        asPublished: 'Councils are re-assessed every 36 months by a peer team.',
        months: 36,
        method: 'Peer visit',
      },
      interimReview: { asPublished: 'An informal review takes place after 18 months.', months: 18 },
      commitmentToAssessment: { asPublished: 'Assessment must take place within two years of signing.', years: 2 },
      awardDuration: { asPublished: 'The award is held for three years.', years: 3 },
    });
    expect(timingRules(fw)).toEqual([
      {
        label: 'Re-assessment',
        asPublished: 'Councils are re-assessed every 36 months by a peer team.',
        details: [
          { label: 'Period stated', value: '36 months' },
          { label: 'Method', value: 'Peer visit' },
        ],
      },
      {
        label: 'Interim review',
        asPublished: 'An informal review takes place after 18 months.',
        details: [{ label: 'Period stated', value: '18 months' }],
      },
      {
        label: 'From commitment to assessment',
        asPublished: 'Assessment must take place within two years of signing.',
        details: [{ label: 'Longest time stated', value: '2 years' }],
      },
      {
        label: 'How long an award lasts',
        asPublished: 'The award is held for three years.',
        details: [{ label: 'Period stated', value: '3 years' }],
      },
    ]);
    expect(timingRules(framework({}))).toEqual([]);
  });

  it('says "None" for a stated absence of a time limit, and nothing of its own for words without figures', () => {
    const fw = framework({
      commitmentToAssessment: {
        asPublished: 'There is no time limit between declaration and assessment.',
        noTimeLimit: true,
      },
      reassessment: { asPublished: 'Re-assessment is by arrangement.' },
    });
    expect(timingRules(fw)).toEqual([
      { label: 'Re-assessment', asPublished: 'Re-assessment is by arrangement.', details: [] },
      {
        label: 'From commitment to assessment',
        asPublished: 'There is no time limit between declaration and assessment.',
        details: [{ label: 'Time limit', value: 'None' }],
      },
    ]);
  });
});

describe('reassessmentMonths', () => {
  it('uses the re-assessment interval, else how long the award lasts, else nothing', () => {
    expect(reassessmentMonths(framework({ reassessment: { asPublished: 'Within 3 years.', years: 3 } }))).toEqual({
      months: 36,
      rule: 'Within 3 years.',
    });
    expect(reassessmentMonths(framework({ reassessment: { asPublished: 'Every 30 months.', months: 30 } }))).toEqual({
      months: 30,
      rule: 'Every 30 months.',
    });
    expect(
      reassessmentMonths(
        framework({
          reassessment: { asPublished: 'By arrangement.' },
          awardDuration: { asPublished: 'Held for 4 years.', years: 4 },
        }),
      ),
    ).toEqual({ months: 48, rule: 'Held for 4 years.' });
    expect(reassessmentMonths(framework({ reassessment: { asPublished: 'By arrangement.' } }))).toBeUndefined();
  });
});

describe('editionDates', () => {
  it('always lists Published, and the other dates only where stated, each with its label', () => {
    expect(editionDates(framework({}))).toEqual([{ label: 'Published', value: undefined }]);
    const fw = framework({
      edition: {
        published: { asPublished: 'March 2022', month: '2022-03' },
        inForceFrom: { asPublished: '1 April 2022', date: '2022-04-01' },
        firstIntroduced: { asPublished: '2003' },
        reviewed: [{ asPublished: '2010' }, { asPublished: '2016' }],
      },
    });
    expect(editionDates(fw)).toEqual([
      { label: 'Published', value: 'March 2022' },
      { label: 'In force from', value: '1 April 2022' },
      { label: 'First introduced', value: '2003' },
      { label: 'Reviewed', value: '2010; 2016' },
    ]);
  });
});

describe('the period every timing rule states', () => {
  const problemsOf = (field: string, rule: object): string[] => {
    const result = makeSchemas(plainReference).frameworks.safeParse({ ...base, [field]: rule });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const RULES = ['reassessment', 'interimReview', 'commitmentToAssessment', 'awardDuration'];

  it('is years or months under the same names in each rule, never both', () => {
    for (const field of RULES) {
      expect(problemsOf(field, { asPublished: 'Every 3 years.', years: 3 })).toEqual([]);
      expect(problemsOf(field, { asPublished: 'Every 30 months.', months: 30 })).toEqual([]);
      expect(problemsOf(field, { asPublished: 'Every 3 years (36 months).', years: 3, months: 36 })).toEqual([
        `${field}.months: give either years or months, as the source states it, not both`,
      ]);
    }
  });

  it("names today's field for a re-assessment written with a former name, and still refuses other unknown fields", () => {
    expect(problemsOf('reassessment', { asPublished: 'Within 3 years.', intervalYears: 3 })).toEqual([
      'reassessment.intervalYears: intervalYears is now called years: write years: with the same number',
    ]);
    expect(problemsOf('reassessment', { asPublished: 'Every 36 months.', intervalMonths: 36 })).toEqual([
      'reassessment.intervalMonths: intervalMonths is now called months: write months: with the same number',
    ]);
    expect(problemsOf('reassessment', { asPublished: 'Within 3 years.', years: 3, mehtod: 'Desktop review' })).toEqual([
      'reassessment: Unrecognized key: "mehtod"',
    ]);
    expect(problemsOf('interimReview', { asPublished: 'After 18 months.', intervalMonths: 18 })).toEqual([
      'interimReview: Unrecognized key: "intervalMonths"',
    ]);
  });
});
