/**
 * Content generated for the property "what the check accepts, the build builds": fast-check
 * arbitraries for the values the schemas take (text with awkward characters, edge numbers, dates at
 * the edges of the year window), written into the fields where each kind of value is used: titles,
 * a standard's number, a re-assessment interval, a price line, an award's date and a topic's name.
 * Each sample is a list of edits (tests/helpers/fixtures.ts) to a copy of the content.
 */
import fc from 'fast-check';
import { FIRST_YEAR, LAST_YEAR } from '../../src/schemas/common';
import type { Edit } from './fixtures';

/** Characters that have broken or spoofed text somewhere: controls, bidi, invisible, markup, quotes. */
const AWKWARD = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u0301',
  'ﷺ',
  'ال',
  '👩‍👩‍👧',
  '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  '𝔸',
  '<',
  '>',
  '&',
  '"',
  "'",
  '`',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '#',
  ':',
  '- ',
  '*',
  '%',
  '$',
  '\u00a0',
  ' ',
];

/** Text: mostly ordinary words, with awkward characters mixed in, sometimes only invisible ones. */
export const awkwardText = (maxLength: number) =>
  fc.oneof(
    fc
      .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ minLength: 1, maxLength: 8 })), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => parts.join('')),
    fc.constantFrom(
      'Induction',
      'Member development',
      'Charter\u00a0Plus',
      'Ŵelsh Ĉharter',
      'Réunion ﷺ',
      '\u200b\u200b',
      '\u00ad',
      ' \u2060 ',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.integer({ min: maxLength - 2, max: maxLength + 2 }).map((n) => 'x'.repeat(Math.max(1, n))),
  );

/** Numbers at the edges of what the schemas take, and past them. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.01,
    0.5,
    2.999,
    3,
    10,
    11,
    120,
    121,
    1000,
    1001,
    1_000_000,
    1_000_001,
    1e21,
    1e300,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
  fc.integer({ min: -5, max: 1500 }),
  fc.integer({ min: 10_000, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: false }),
);

/** Dates at the edges of the year window and of the calendar, and nonsense. */
export const edgeDate = fc.oneof(
  fc.constantFrom(
    `${FIRST_YEAR - 1}-12-31`,
    `${FIRST_YEAR}-01-01`,
    `${LAST_YEAR}-12-31`,
    `${LAST_YEAR + 1}-01-01`,
    '0001-01-01',
    '9999-12-31',
    '2024-02-29',
    '2023-02-29',
    '2021-13-01',
    '2021-1-1',
    '20210101',
    '',
  ),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** A YAML scalar for any value: JSON's quoted strings are YAML double-quoted strings; YAML's own words for -0, NaN and infinities. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  if (Object.is(value, -0)) return '-0.0';
  return String(value);
}

export interface Sample {
  title: string;
  standardNumber: string;
  interval: { years: number } | { months: number };
  unitPrice: number;
  quantity: number;
  awardDate: string;
  awardWords: string;
  topicName: string;
}

const acceptableText = (max: number) =>
  fc.oneof(
    fc.constantFrom(
      'Induction',
      'Charter\u00a0Plus',
      'Ŵelsh Ĉharter',
      'ال ميثاق',
      '👩‍👩‍👧 family',
      'e\u0301tude',
      'tab\there',
      '<script>alert(1)</script> & "quotes"',
      '{braces} [brackets]',
      'x'.repeat(max),
    ),
    fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
  );

/** Values at the edges of what the schemas accept, field by field. */
const acceptable = {
  title: acceptableText(300),
  standardNumber: fc.constantFrom('2.9', 'Criterion 2', '٢٫٩', 'A', '9'.repeat(80), 'Ŵ.1'),
  interval: fc.oneof(
    fc.integer({ min: 1, max: 10 }).map((n) => ({ years: n })),
    fc.integer({ min: 1, max: 120 }).map((n) => ({ months: n })),
  ),
  unitPrice: fc.oneof(fc.constantFrom(0, 0.01, 999_999.99, 1_000_000), fc.integer({ min: 0, max: 1_000_000 })),
  quantity: fc.constantFrom(1, 2, 999, 1000),
  // A day, a month or a year alone (written as `date`, `month` or `year` by its length).
  awardDate: fc.constantFrom(
    `${FIRST_YEAR}-01-01`,
    `${LAST_YEAR}-12-31`,
    '2024-02-29',
    '2008-11-06',
    `${LAST_YEAR}-12`,
    `${LAST_YEAR}`,
    `${FIRST_YEAR}`,
    '2019',
  ),
  awardWords: acceptableText(5000),
  topicName: acceptableText(300),
};

/** Anything, field by field: awkward text, edge numbers and dates past the edges. */
const anything: { [K in keyof Sample]: fc.Arbitrary<Sample[K]> } = {
  title: awkwardText(300),
  standardNumber: awkwardText(80),
  interval: fc.oneof(
    edgeNumber.map((n) => ({ years: n })),
    edgeNumber.map((n) => ({ months: n })),
  ),
  unitPrice: edgeNumber,
  quantity: edgeNumber,
  awardDate: edgeDate,
  awardWords: awkwardText(5000),
  topicName: awkwardText(300),
};

/**
 * A sample: every field at the edge of what is accepted, and one field (or, sometimes, none) anything,
 * so that each sample tests that one field's bounds and about half pass the check.
 */
/** Which field is anything: the figures the page data computes with more often than the words. */
const wildField = fc.oneof(
  ...(
    [
      ['interval', 3],
      ['awardDate', 2],
      ['unitPrice', 2],
      ['quantity', 2],
      ['standardNumber', 1],
      ['title', 1],
      ['awardWords', 1],
      ['topicName', 1],
    ] as const
  ).map(([field, weight]) => ({ arbitrary: fc.constant<keyof Sample | undefined>(field), weight })),
  { arbitrary: fc.constant(undefined), weight: 1 },
);

export const sample: fc.Arbitrary<Sample> = fc
  .tuple(fc.record(acceptable), fc.record(anything), wildField)
  .map(([edge, wild, field]) => (field === undefined ? edge : { ...edge, [field]: wild[field] }));

const FRAMEWORK = 'src/content/frameworks/east-midlands.mdx';
const AWARD = 'src/content/register/property-award.yaml';

/** The edits that put `s` into the content: each value in the field where that kind of value is used. */
export function sampleEdits(s: Sample): Edit[] {
  const [intervalField, interval] = Object.entries(s.interval)[0]!;
  return [
    {
      file: FRAMEWORK,
      replace: 'title: East Midlands Regional Member Development Charter\n',
      with: `title: ${yamlScalar(s.title)}\n`,
    },
    // The slug stays, so mappings and strategies still name the standard.
    {
      file: FRAMEWORK,
      replace: '      - number: "2.9"\n',
      with: `      - number: ${yamlScalar(s.standardNumber)}\n        slug: "2.9"\n`,
    },
    { file: FRAMEWORK, replace: '  years: 3\n', with: `  ${intervalField}: ${yamlScalar(interval!)}\n` },
    {
      file: 'src/content/costs/west-midlands.yaml',
      replace: 'Review of evidence and feedback\n        unitPrice: 1500\n',
      with: `Review of evidence and feedback\n        unitPrice: ${yamlScalar(s.unitPrice)}\n        quantity: ${yamlScalar(s.quantity)}\n`,
    },
    {
      file: AWARD,
      write: [
        'council: derbyshire',
        'framework: east-midlands',
        'kind: awarded',
        'date:',
        `  asPublished: ${yamlScalar(s.awardWords)}`,
        /^\d{4}$/.test(s.awardDate)
          ? `  year: ${s.awardDate}`
          : `  ${/^\d{4}-\d{2}$/.test(s.awardDate) ? 'month' : 'date'}: ${yamlScalar(s.awardDate)}`,
        `asPublished: ${yamlScalar(s.awardWords)}`,
        'source:',
        '  title: Member Development Strategy 2020 / 21',
        '  file: sources/derbyshire-member-development-strategy-2020-21.txt',
        '',
      ].join('\n'),
    },
    { file: 'src/content/topics/induction.yaml', replace: 'name: Induction', with: `name: ${yamlScalar(s.topicName)}` },
  ];
}
