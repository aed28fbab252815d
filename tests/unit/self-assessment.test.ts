/** The self-assessment state model: saving, restoring, following a changed framework, exports. */
import { describe, expect, it } from 'vitest';
import {
  applicableStandards,
  assessedStandards,
  createAssessment,
  CSV_COLUMNS,
  dueProblem,
  FORMAT,
  ANSWER_LABELS,
  STATUSES,
  VERSION,
  withAnswer,
  type AssessedStandard,
  type Assessment,
} from '../../src/lib/self-assessment/self-assessment';
import {
  importSizeProblem,
  MAX_IMPORT_BYTES,
  parseAssessment,
  replaceQuestion,
  serialise,
} from '../../src/lib/self-assessment/saved-assessment';
import { reconcile, standardChanges } from '../../src/lib/self-assessment/reconciliation';
import { progress } from '../../src/lib/self-assessment/progress';
import { actionPlanFrom } from '../../src/lib/self-assessment/action-plan-export';
import { assessmentCsv } from '../../src/lib/self-assessment/csv';
import { actionPlanSchema } from '../../src/schemas/action-plan';
import { plainReference, whyNotADate } from '../../src/schemas/common';
import { formatDate } from '../../src/lib/catalog/dates';
import { frozenCatalog } from '../helpers/content';
import { parseCsv } from '../helpers/csv';

const catalog = frozenCatalog();
const frameworkId = 'east-midlands';
const framework = catalog.frameworks.get(frameworkId)!.data;
const standards = assessedStandards(framework);
const [first, second, third] = standards as [AssessedStandard, AssessedStandard, AssessedStandard];
const councilId = [...catalog.councils.keys()][0]!;

/** An assessment with three standards answered, as the browser test fills them in. */
function answered(): Assessment {
  let a = createAssessment(frameworkId, standards);
  a = withAnswer(a, first.slug, { status: 'met', evidence: 'Policy agreed, minutes of 3 May' });
  a = withAnswer(a, second.slug, {
    status: 'partly-met',
    action: 'Write the induction, with "quotes", commas\nand a new line',
    due: '2026-03-31',
    owner: 'Head of Democratic Services',
  });
  a = withAnswer(a, third.slug, { status: 'not-yet', action: '=HYPERLINK("x") draft a budget', owner: '' });
  return {
    ...a,
    plan: {
      council: councilId,
      title: 'Member Development Action Plan',
      sourceFile: `sources/${councilId}-action-plan.txt`,
    },
  };
}

describe('the standards a council is assessed against', () => {
  it('are every standard of the framework, in order, with its theme', () => {
    expect(standards.map((s) => s.number)).toEqual(framework.themes.flatMap((t) => t.standards.map((s) => s.number)));
    expect(
      standards.every((s) => framework.themes[s.themePosition - 1]?.standards.some((x) => x.title === s.title)),
    ).toBe(true);
    expect(standards.map((s) => s.slug)).toEqual(standards.map((s) => s.number));
  });

  it('at a chosen level, are that level’s standards and those for every level', () => {
    const levelled: AssessedStandard[] = [
      { ...first, level: undefined },
      { ...second, level: 'charter' },
      { ...third, level: 'charter-plus' },
    ];
    expect(applicableStandards(levelled, undefined)).toHaveLength(3);
    expect(applicableStandards(levelled, 'charter').map((s) => s.number)).toEqual([first.number, second.number]);
    const a = { ...createAssessment(frameworkId, levelled), level: 'charter-plus' };
    expect(progress(a, levelled).overall.total).toBe(2);
  });
});

describe('recording answers', () => {
  it('keeps an answer only while something is recorded in it', () => {
    let a = withAnswer(createAssessment(frameworkId, standards), first.slug, { evidence: 'x' });
    expect(a.answers[first.slug]?.evidence).toBe('x');
    a = withAnswer(a, first.slug, { evidence: '  ' });
    expect(a.answers).toEqual({});
  });

  it('accepts only real dates, with the content check’s own explanation', () => {
    expect(dueProblem('')).toBeUndefined();
    expect(dueProblem('2028-02-29')).toBeUndefined();
    expect(dueProblem('2026-02-29')).toBe(`"2026-02-29" is not a real date: ${whyNotADate('2026-02-29')}`);
    expect(dueProblem('31/06/2026')).toMatch(/is not a real date: expected a date written as YYYY-MM-DD/);
  });
});

describe('saving and restoring', () => {
  it('round-trips through JSON with its format and version', () => {
    const a = answered();
    const json = serialise(a);
    expect(JSON.parse(json)).toMatchObject({ format: FORMAT, version: VERSION, frameworkId });
    expect(parseAssessment(json)).toEqual({ ok: true, assessment: a });
  });

  it('refuses what is not a saved assessment, saying why', () => {
    const json = JSON.parse(serialise(answered()));
    const bad = (change: object) => parseAssessment(JSON.stringify({ ...json, ...change }));
    expect(parseAssessment('{ not json')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(bad({ format: 'something-else' })).toMatchObject({ ok: false, error: expect.stringMatching(/"format"/) });
    expect(bad({ version: VERSION + 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(bad({ frameworkId: undefined })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/which framework/),
    });
    expect(bad({ answers: { [first.slug]: { status: 'done' } } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown status "done"/),
    });
  });

  it('refuses answers under a key that is not one of its standards, such as __proto__ or constructor', () => {
    const json = serialise(answered());
    const under = (key: string) => parseAssessment(json.replace(`"${first.slug}": {`, `${JSON.stringify(key)}: {`));
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', '2.1 ', '', '99.9']) {
      const result = under(key);
      expect(result, key).toMatchObject({
        ok: false,
        error: `The saved self-assessment has answers under ${JSON.stringify(key)}, which is not one of the standards it lists (by number or slug, such as 2.10).`,
      });
    }
    expect(under(first.slug)).toMatchObject({ ok: true });
  });

  it('reads a version 1 file, which named each standard by its number', () => {
    const a = answered();
    const v1 = JSON.parse(serialise(a));
    v1.version = 1;
    v1.standards = a.standards.map(({ number, title }) => ({ number, title }));
    expect(parseAssessment(JSON.stringify(v1))).toEqual({ ok: true, assessment: a });
  });

  it('refuses a file over the size limit before reading it, and accepts one at the limit', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toMatch(/larger than 1 MB/);
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    const json = serialise(answered());
    const padded = json.replace('{', `{${' '.repeat(MAX_IMPORT_BYTES - json.length + 1)}`);
    expect(parseAssessment(padded)).toMatchObject({ ok: false, error: expect.stringMatching(/larger than 1 MB/) });
    expect(parseAssessment(padded.slice(1).replace(/^ /, '{'))).toMatchObject({ ok: true });
  });
});

describe('importing over stored answers', () => {
  it('asks first when this browser holds answers or plan details, saying what would be replaced', () => {
    const empty = createAssessment(frameworkId, standards);
    expect(replaceQuestion(empty, 'saved.json')).toBeUndefined();
    expect(replaceQuestion(answered(), 'saved.json')).toBe(
      'Importing saved.json replaces the 3 answers and the action plan details recorded in this browser. Import it?',
    );
    expect(replaceQuestion(withAnswer(empty, first.slug, { owner: 'Clerk' }), 'a.json')).toBe(
      'Importing a.json replaces the 1 answer recorded in this browser. Import it?',
    );
    expect(replaceQuestion({ ...empty, plan: { ...empty.plan, title: 'Plan' } }, 'a.json')).toBe(
      'Importing a.json replaces the action plan details recorded in this browser. Import it?',
    );
  });
});

describe('a framework that changed since the answers were saved', () => {
  it('compares standards by number and wording, ignoring spacing and capitals', () => {
    const previous = [
      { number: '1.1', title: 'Same' },
      { number: '1.2', title: 'Old words' },
      { number: '1.3', title: 'Gone' },
      { number: '1.4', title: 'Spaced  out ' },
      { number: '1.6', title: 'Moved' },
    ];
    const current = [
      { number: '1.1', title: 'Same' },
      { number: '1.2', title: 'New words' },
      { number: '1.4', title: 'spaced out' },
      { number: '1.5', title: 'Added' },
      { number: '1.7', title: 'Moved' },
    ];
    const s = (number: string, title: string) => ({ slug: number, number, title });
    expect(
      standardChanges(
        previous.map((p) => s(p.number, p.title)),
        current.map((c) => s(c.number, c.title)),
      ),
    ).toEqual({
      added: [s('1.5', 'Added')],
      removed: [s('1.3', 'Gone')],
      reworded: [{ ...s('1.2', 'New words'), previousTitle: 'Old words' }],
      renumbered: [{ ...s('1.7', 'Moved'), previousSlug: '1.6', previousNumber: '1.6' }],
      unchanged: [s('1.1', 'Same'), s('1.4', 'spaced out')],
    });
  });

  it('leaves an assessment of the unchanged framework alone', () => {
    const a = answered();
    expect(reconcile(a, frameworkId, standards)).toEqual({ assessment: a });
  });

  it('carries answers over for unchanged standards and shows the rest with their old answers', () => {
    const saved = answered();
    // The next edition rewords the second standard, drops the third and adds one.
    const next: AssessedStandard[] = standards
      .filter((s) => s.slug !== third.slug)
      .map((s) => (s.slug === second.slug ? { ...s, title: `${s.title} (revised)` } : s))
      .concat({ ...third, slug: '99.1', number: '99.1', title: 'A new standard' });
    const { assessment, changes } = reconcile(saved, `${frameworkId}-next`, next);
    expect(assessment.frameworkId).toBe(`${frameworkId}-next`);
    expect(assessment.standards).toEqual(next.map(({ slug, number, title }) => ({ slug, number, title })));
    expect(assessment.answers).toEqual({ [first.slug]: saved.answers[first.slug] });
    expect(assessment.plan).toEqual(saved.plan);
    expect(changes).toEqual({
      previousFrameworkId: frameworkId,
      added: [next.at(-1)],
      reworded: [
        {
          slug: second.slug,
          number: second.number,
          previousTitle: second.title,
          title: `${second.title} (revised)`,
          answer: saved.answers[second.slug],
        },
      ],
      removed: [{ slug: third.slug, number: third.number, title: third.title, answer: saved.answers[third.slug] }],
      renumbered: [],
      carried: 1,
    });
  });

  it('carries the answer of a renumbered standard over to its new number', () => {
    const saved = answered();
    // The next edition inserts a standard at the second's number: the second and third move on.
    const inserted = { ...second, title: 'An inserted standard' };
    const next: AssessedStandard[] = [
      first,
      inserted,
      { ...second, slug: third.slug, number: third.number },
      { ...third, slug: '99.1', number: '99.1' },
      ...standards.slice(3),
    ];
    const { assessment, changes } = reconcile(saved, `${frameworkId}-next`, next);
    expect(assessment.answers).toEqual({
      [first.slug]: saved.answers[first.slug],
      [third.slug]: saved.answers[second.slug],
      '99.1': saved.answers[third.slug],
    });
    expect(changes).toEqual({
      previousFrameworkId: frameworkId,
      added: [inserted],
      reworded: [],
      removed: [],
      renumbered: [
        {
          slug: third.slug,
          number: third.number,
          title: second.title,
          previousSlug: second.slug,
          previousNumber: second.number,
        },
        { slug: '99.1', number: '99.1', title: third.title, previousSlug: third.slug, previousNumber: third.number },
      ],
      carried: 3,
    });
  });
});

describe('progress', () => {
  it('counts each status per theme and overall', () => {
    const p = progress(answered(), standards);
    expect(p.themes.map((t) => t.position)).toEqual(framework.themes.map((_, i) => i + 1));
    expect(p.overall).toMatchObject({
      total: standards.length,
      met: 1,
      'partly-met': 1,
      'not-yet': 1,
      'not-applicable': 0,
      unanswered: standards.length - 3,
    });
    for (const t of p.themes) {
      expect(t.tally.total).toBe(framework.themes[t.position - 1]!.standards.length);
      expect(STATUSES.reduce((n, s) => n + t.tally[s], t.tally.unanswered)).toBe(t.tally.total);
    }
  });
});

describe('CSV export', () => {
  const csv = assessmentCsv(answered(), standards);

  it('starts with a UTF-8 byte-order mark and uses CRLF line ends, as Excel expects', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
  });

  it('has a header and one row per standard, with the answers as recorded', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(standards.map((s) => s.number));
    const a = answered();
    const row = (s: AssessedStandard) => rows.find((r) => r[1] === s.number)!;
    expect(row(first)[3]).toBe(ANSWER_LABELS.met);
    expect(row(first)[4]).toBe(a.answers[first.slug]!.evidence);
    expect(row(second).slice(5)).toEqual([a.answers[second.slug]!.action, '2026-03-31', 'Head of Democratic Services']);
    expect(row(second)[0]).toBe(
      `${framework.themes[second.themePosition - 1]!.number}. ${framework.themes[second.themePosition - 1]!.title}`,
    );
  });

  it('never lets a cell be read as a formula', () => {
    const row = parseCsv(csv.slice(1)).find((r) => r[1] === third.number)!;
    expect(row[5]).toBe(`'${answered().answers[third.slug]!.action}`);
  });
});

describe('action-plan export', () => {
  it('makes one row per standard with an action, in framework order, valid against the action-plan schema', () => {
    const result = actionPlanFrom(answered(), standards);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const a = answered();
    expect(result.plan).toMatchObject({
      council: councilId,
      framework: frameworkId,
      status: 'draft',
      title: a.plan.title,
      source: { title: a.plan.title, file: a.plan.sourceFile },
    });
    expect(result.plan.items.map((i) => i.standard)).toEqual([second.number, third.number]);
    expect(result.plan.items[0]!.actions[0]).toEqual({
      action: a.answers[second.slug]!.action,
      due: { asPublished: formatDate('2026-03-31'), date: '2026-03-31' },
      owner: { asPublished: 'Head of Democratic Services', roles: ['Head of Democratic Services'] },
    });
    // Nothing invented: no date or owner where none was recorded.
    expect(result.plan.items[1]!.actions[0]).toEqual({ action: a.answers[third.slug]!.action });
    expect(actionPlanSchema(plainReference).safeParse(result.plan).success).toBe(true);
    expect(result.fileName).toBe(`${councilId}-${frameworkId}-action-plan.yaml`);
  });

  it('lists every missing detail and impossible date instead of writing a file', () => {
    let a = {
      ...createAssessment(frameworkId, standards),
      plan: { council: 'Harrow Council', title: '', sourceFile: 'plan.txt' },
    };
    expect(actionPlanFrom(a, standards)).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/council id "Harrow Council" should be lower-case/),
        'Give the plan a title.',
        expect.stringMatching(/source file "plan.txt" should be a file name under sources\//),
        expect.stringMatching(/at least one standard/),
      ],
    });
    a = withAnswer(answered(), second.slug, { due: '2026-02-30' });
    expect(actionPlanFrom(a, standards)).toEqual({
      ok: false,
      problems: [`Standard ${second.number}, by when: ${dueProblem('2026-02-30')}.`],
    });
  });
});
