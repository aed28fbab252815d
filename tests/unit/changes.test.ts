/**
 * The change report on a scripted sequence of edits, each committed to a scratch git repository
 * and compared with the commit before it through `git archive` (as `npm run changes` does).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeReport, contentAtRef } from '../../scripts/changes';
import {
  compareContent,
  compareFramework,
  compareStandards,
  type FrameworkChanges,
} from '../../src/lib/changes/changes';
import { changesToMarkdown, newEntries, wordDiffMarkdown } from '../../src/lib/changes/change-report';
import { summarise } from '../../src/lib/changes/edition-summary';
import { changeSentences } from '../../src/lib/site/updates';
import { loadContent } from '../../src/lib/content/files';
import { priceListTotals } from '../../src/lib/costs/totals';
import { FROZEN, frozenContent } from '../helpers/content';
import { applyEdits, type Edit } from '../helpers/fixtures';

const EM = 'src/content/frameworks/east-midlands.mdx';
const WM = 'src/content/frameworks/west-midlands.mdx';
const COSTS = 'src/content/costs/west-midlands.yaml';

const repo = mkdtempSync(join(tmpdir(), 'charter-changes-'));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
cpSync(join(FROZEN, 'src/content'), join(repo, 'src/content'), { recursive: true });
git('init', '-q');
git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'add', '.');
git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'base');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** Commits `edits` and returns what changed since the commit before, read back from git. */
function step(edits: Edit[]): FrameworkChanges[] {
  applyEdits(repo, edits);
  git('-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-qam', 'step');
  const base = contentAtRef('HEAD~1', repo);
  try {
    const before = loadContent(base);
    const after = loadContent(repo);
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return compareContent(before.entries, after.entries);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
const only = (changes: FrameworkChanges[], id: string) => {
  expect(changes.map((c) => c.frameworkId)).toEqual([id]);
  return changes[0]!;
};

describe('change report on a sequence of edits', () => {
  it('reports nothing when nothing changed', () => {
    const { entries } = frozenContent();
    expect(compareContent(entries, entries)).toEqual([]);
  });

  it('1. rewording a standard gives a word-level diff', () => {
    const c = only(
      step([
        {
          file: EM,
          replace: 'title: Structured Induction process for all members.',
          with: 'title: Structured induction programme for all members.',
        },
      ]),
      'east-midlands',
    );
    expect(c.standards).toHaveLength(1);
    const [s] = c.standards;
    expect(s).toMatchObject({ kind: 'changed', number: '2.9', renumbered: undefined });
    expect(s!.fields.map((f) => f.field)).toEqual(['title']);
    const words = s!.fields[0]!.words;
    expect(words.filter((w) => w.kind === 'removed').map((w) => w.text.trim())).toEqual(['Induction process']);
    expect(words.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['induction programme']);
    expect(summarise(c)).toEqual(['1 standard reworded']);
  });

  it('2. inserting a standard reports it added and the ones after it renumbered', () => {
    const c = only(
      step([
        {
          file: EM,
          replace: '      - number: "2.11"\n        title: Member Learning and Development Reference Group.',
          with: '      - number: "2.11"\n        title: Mentoring for new members.\n      - number: "2.12"\n        title: Member Learning and Development Reference Group.',
        },
      ]),
      'east-midlands',
    );
    expect(c.standards.map((s) => [s.kind, s.renumbered?.from ?? null, s.number])).toEqual([
      ['added', null, '2.11'],
      ['changed', '2.11', '2.12'],
    ]);
    expect(c.standards[1]!.fields).toEqual([]);
    expect(summarise(c)).toEqual(['1 standard added', '1 standard renumbered']);
  });

  it('3. removing a standard reports it removed', () => {
    const c = only(
      step([
        {
          file: EM,
          replace: '      - number: "2.12"\n        title: Member Learning and Development Reference Group.\n',
          with: '',
        },
      ]),
      'east-midlands',
    );
    expect(c.standards.map((s) => [s.kind, s.number, s.title])).toEqual([
      ['removed', '2.12', 'Member Learning and Development Reference Group.'],
    ]);
  });

  it('4. stages: reworded, added and reordered', () => {
    const c = only(
      step([
        {
          file: WM,
          replace: '    description: This is followed by an external assessment.',
          with: '    description: This is followed by an external assessment by two assessors.',
        },
        {
          file: WM,
          replace:
            '  - title: Award\n    step: award\n    description: This is followed by an external assessment before being awarded the charter.',
          with: '  - title: Award\n    step: award\n    description: This is followed by an external assessment before being awarded the charter.\n  - title: Review\n    description: The council reviews its progress each year.',
        },
      ]),
      'west-midlands',
    );
    expect(c.stages.map((s) => [s.kind, s.label])).toEqual([
      ['changed', 'External assessment'],
      ['added', 'Review'],
    ]);
    expect(wordDiffMarkdown(c.stages[0]!.fields[0]!.words)).toBe(
      'This is followed by an external assessment **by two assessors**.',
    );
    const moved = only(
      step([
        {
          file: WM,
          replace:
            '  - title: Award\n    step: award\n    description: This is followed by an external assessment before being awarded the charter.\n',
          with: '',
        },
        {
          file: WM,
          replace: '    description: The council reviews its progress each year.\n',
          with: '    description: The council reviews its progress each year.\n  - title: Award\n    step: award\n    description: This is followed by an external assessment before being awarded the charter.\n',
        },
      ]),
      'west-midlands',
    );
    expect(moved.stages).toEqual([expect.objectContaining({ kind: 'moved', label: 'Award', from: 4, to: 5 })]);
  });

  it('5. levels: a changed description', () => {
    const c = only(
      step([{ file: WM, replace: '    description: Higher standard\n', with: '    description: Highest standard\n' }]),
      'west-midlands',
    );
    expect(c.levels.map((l) => [l.kind, l.label, l.fields.map((f) => f.field)])).toEqual([
      ['changed', 'Level 2', ['description']],
    ]);
  });

  it('6. costs: a changed line reports the old and new totals', () => {
    const before = loadContent(repo).entries.costs.find((e) => e.data.framework.id === 'west-midlands')!.data
      .priceLists[0]!;
    const c = only(
      step([
        {
          file: COSTS,
          replace: 'unitPrice: 80\n        asPublished: Charter award - £80\n    publishedTotal: 4480',
          with: 'unitPrice: 100\n        asPublished: Charter award - £100\n    publishedTotal: 4500',
        },
      ]),
      'west-midlands',
    );
    expect(c.costs).toHaveLength(1);
    expect(c.costs[0]).toMatchObject({
      kind: 'changed',
      id: before.id,
      oldTotal: priceListTotals(before).computed,
      newTotal: priceListTotals(before).computed + 20,
      oldPublished: 4480,
      newPublished: 4500,
    });
    expect(c.costs[0]!.lines.map((l) => [l.kind, l.label, l.fields.map((f) => f.field)])).toEqual([
      ['changed', 'Charter award', ['unitPrice', 'asPublished']],
    ]);
  });

  it('warns when a change leaves a price list whose lines do not add up to its published total, not when the source already did', () => {
    const report = (costs: FrameworkChanges['costs']) =>
      changesToMarkdown([
        {
          frameworkId: 'x',
          title: 'X',
          kind: 'changed',
          fields: [],
          themes: [],
          standards: [],
          stages: [],
          levels: [],
          timing: [],
          costs,
          recurringFees: [],
        },
      ]);
    const added = { kind: 'added' as const, label: 'Certificate framing', fields: [] };
    expect(
      report([
        {
          kind: 'changed',
          id: 'a',
          title: 'First time',
          lines: [added],
          fields: [],
          oldTotal: 4480,
          newTotal: 4630,
          oldPublished: 4480,
          newPublished: 4480,
        },
      ]),
    ).toContain(
      '> **Check the total of First time:** These lines add to £4,630; the published total is £4,480. Keep both only if the source says so.',
    );
    expect(
      report([
        {
          kind: 'changed',
          id: 'a',
          title: 'Level 2',
          lines: [],
          fields: [{ field: 'title', before: 'L2', after: 'Level 2', words: [] }],
          oldTotal: 5080,
          newTotal: 5080,
          oldPublished: 5180,
          newPublished: 5180,
        },
      ]),
    ).not.toContain('Check the total');
    expect(
      report([
        {
          kind: 'changed',
          id: 'a',
          title: 'First time',
          lines: [added],
          fields: [],
          oldTotal: 4480,
          newTotal: 4630,
          oldPublished: 4480,
          newPublished: 4630,
        },
      ]),
    ).not.toContain('Check the total');
  });

  it('prints the whole report as Markdown, one section per framework, with totals', () => {
    const base = contentAtRef('HEAD~7', repo);
    const report = changeReport(base, repo);
    rmSync(base, { recursive: true, force: true });
    expect(report).toContain('### East Midlands Charter (`east-midlands`)');
    expect(report).toContain(
      '- **Reworded** 2.9 Structured induction programme for all members.\n  - title: Structured ~~Induction process~~**induction programme** for all members.',
    );
    // Over the whole sequence 2.11 was reworded (its old words went with the removed 2.12).
    expect(report).toContain('- **Reworded** 2.11 Mentoring for new members.');
    expect(report).not.toContain('Removed');
    expect(report).toContain(
      '| Undertaking Charter for the first time | changed | £4,480 | £4,500 | £4,480 → £4,500 |',
    );
    expect(report).toContain('#### Stages');
  });
});

describe('timing rules in the change report', () => {
  const before = frozenContent().entries.frameworks.find((f) => f.id === 'east-midlands')!.data;
  const after = {
    ...before,
    reassessment: {
      asPublished: 'A re-assessment will take place every 4 years, by a peer visit.',
      years: 4,
      method: 'Peer visit',
    },
    interimReview: { asPublished: 'An informal review takes place after 18 months.', months: 18 },
  };
  const c = compareFramework('east-midlands', { framework: before }, { framework: after });

  it('reports a reworded rule word by word with its figures, and an added rule in its own words', () => {
    expect(c.timing.map((t) => [t.kind, t.label, t.fields.map((f) => [f.field, f.before, f.after])])).toEqual([
      [
        'changed',
        'Re-assessment',
        [
          [
            'words',
            before.reassessment!.asPublished,
            'A re-assessment will take place every 4 years, by a peer visit.',
          ],
          ['figures', 'Period stated: 3 years; Method: Desktop review', 'Period stated: 4 years; Method: Peer visit'],
        ],
      ],
      [
        'added',
        'Interim review',
        [
          ['words', undefined, 'An informal review takes place after 18 months.'],
          ['figures', undefined, 'Period stated: 18 months'],
        ],
      ],
    ]);
    expect(summarise(c)).toEqual(['1 timing rule added', '1 timing rule changed']);
    const report = changesToMarkdown([c]);
    expect(report).toContain('#### Timing rules\n\n- **Changed** Re-assessment\n');
    expect(report).toContain(
      '- **Added** Interim review\n  - words: added “An informal review takes place after 18 months.”',
    );
  });

  it('reports a rule the new edition no longer states, with the words it had', () => {
    const dropped = compareFramework(
      'east-midlands',
      { framework: after },
      { framework: { ...after, interimReview: undefined } },
    );
    expect(dropped.timing.map((t) => [t.kind, t.label, t.fields[0]?.before])).toEqual([
      ['removed', 'Interim review', 'An informal review takes place after 18 months.'],
    ]);
    expect(compareFramework('east-midlands', { framework: before }, { framework: before }).timing).toEqual([]);
  });
});

describe('compareStandards', () => {
  it('tells a renumbered and reworded standard from a removed one', () => {
    const changes = compareStandards(
      [
        { number: '1.1', title: 'A' },
        { number: '1.2', title: 'B' },
        { number: '1.3', title: 'C' },
      ],
      [
        { number: '1.1', title: 'A' },
        { number: '1.2', title: 'C' },
        { number: '1.3', title: 'D' },
      ],
    );
    expect(changes.map((c) => [c.kind, c.renumbered?.from ?? null, c.number])).toEqual([
      ['changed', '1.3', '1.2'],
      ['added', null, '1.3'],
      ['removed', null, '1.2'],
    ]);
  });
});

describe('standards numbered as printed in the change report', () => {
  it('reports a number given to an unnumbered standard, and a letter changed, without inventing a number', () => {
    const changes = compareStandards(
      [
        { slug: 'wellbeing', title: 'Wellbeing' },
        { number: 'A', title: 'Mentoring' },
      ],
      [
        { number: 'Criterion 3', slug: 'wellbeing', title: 'Wellbeing' },
        { number: 'B', title: 'Mentoring' },
      ],
    );
    expect(changes.map((c) => [c.kind, c.renumbered?.from ?? null, c.number])).toEqual([
      ['changed', null, 'Criterion 3'],
      ['changed', 'A', 'B'],
    ]);
    const report = changesToMarkdown([
      {
        frameworkId: 'x',
        title: 'X',
        kind: 'changed',
        fields: [],
        themes: [],
        standards: changes,
        stages: [],
        levels: [],
        timing: [],
        costs: [],
        recurringFees: [],
      },
    ]);
    expect(report).toContain('- **Renumbered** (no number) → Criterion 3 Wellbeing');
    expect(report).toContain('- **Renumbered** A → B Mentoring');
  });
});

describe('new editions and new entries in the change report', () => {
  const { entries } = frozenContent();
  const em = entries.frameworks.find((f) => f.id === 'east-midlands')!;
  const edition2 = {
    id: 'east-midlands-2019',
    filePath: 'src/content/frameworks/east-midlands-2019.mdx',
    data: {
      ...em.data,
      charter: 'east-midlands',
      supersedes: { id: 'east-midlands', collection: 'frameworks' as const },
      themes: em.data.themes.map((t, i) =>
        i === 0
          ? { ...t, standards: [...t.standards, { number: '1.6', title: "Councillors' wellbeing is supported." }] }
          : t,
      ),
    },
  };

  it('compares a file that supersedes another with the edition it replaces, and calls it a new edition', () => {
    const [change] = compareContent(entries, { ...entries, frameworks: [...entries.frameworks, edition2] });
    expect(change!.newEditionOf).toEqual({ id: 'east-midlands', title: 'East Midlands Charter' });
    expect(change!.standards).toEqual([
      { kind: 'added', number: '1.6', title: "Councillors' wellbeing is supported.", fields: [] },
    ]);
    const report = changesToMarkdown([change!]);
    expect(report).toContain('new edition of East Midlands Charter (`east-midlands`)');
    expect(report).not.toContain('framework added');
  });

  it('lists new councils and register entries', () => {
    const council = {
      id: 'fixture-town',
      filePath: 'x',
      data: {
        name: 'Fixture Town Council',
        type: 'town-council' as const,
        region: { id: 'london', collection: 'regions' as const },
      },
    };
    expect(newEntries(entries, { ...entries, councils: [...entries.councils, council] })).toEqual([
      'New council: Fixture Town Council (`fixture-town`)',
    ]);
    expect(newEntries({ ...entries, register: [] }, entries)).toEqual([
      'New register entry: `derbyshire` considering against `east-midlands`, 2020 / 21 (`derbyshire-2020-21-considering`)',
      'New register entry: `harrow` working-towards against `south-east`, Thursday 6th November 2008 (`harrow-2008-working-towards`)',
    ]);
  });
});

describe('price terms in the change report', () => {
  it('reports a price list or fee that becomes plus VAT, members-only or plus expenses', () => {
    const { entries } = frozenContent();
    const costs = entries.costs.find((c) => c.data.framework.id === 'west-midlands')!;
    const [first, ...rest] = costs.data.priceLists;
    const [fee] = costs.data.recurringFees;
    const edited = {
      ...costs,
      data: {
        ...costs.data,
        priceLists: [
          { ...first!, vat: 'plus-vat' as const, membership: 'members' as const, frequency: 'one-off' as const },
          ...rest,
        ],
        recurringFees: [{ ...fee!, plusExpenses: true }],
      },
    };
    const [change] = compareContent(entries, {
      ...entries,
      costs: entries.costs.map((c) => (c === costs ? edited : c)),
    });
    expect(change!.costs.map((c) => [c.id, c.fields.map((f) => `${f.field}: ${f.after}`)])).toEqual([
      [first!.id, ['frequency: one-off', 'vat: plus-vat', 'membership: members']],
    ]);
    expect(change!.recurringFees.map((f) => f.fields.map((x) => `${x.field}: ${x.after}`))).toEqual([
      ['plusExpenses: true'],
    ]);
  });

  it("carries a price's terms with every figure, never a bare one, and a price list's date in its words", () => {
    const { entries } = frozenContent();
    const costs = entries.costs.find((c) => c.data.framework.id === 'west-midlands')!;
    const [first, ...rest] = costs.data.priceLists;
    // A list the source gives as "£2,500 plus VAT and expenses", then reprices and dates.
    const terms = { vat: 'plus-vat' as const, plusExpenses: true };
    const line = { activity: 'Adviser day', unitPrice: 2500, quantity: 1, asPublished: '£2,500 plus VAT and expenses' };
    const version = (unitPrice: number, published?: { asPublished: string }) => ({
      ...entries,
      costs: entries.costs.map((c) =>
        c === costs
          ? {
              ...c,
              data: {
                ...c.data,
                priceLists: [
                  { ...first!, ...terms, ...(published && { published }), lines: [{ ...line, unitPrice }] },
                  ...rest,
                ],
              },
            }
          : c,
      ),
    });
    const [change] = compareContent(version(2500), version(2750, { asPublished: 'prices from 2019' }));
    const markdown = changesToMarkdown([change!]);
    expect(markdown).toContain('| £2,500 plus VAT plus expenses | £2,750 plus VAT plus expenses |');
    expect(markdown).toContain('- published: added “prices from 2019”');
    expect(summarise(change!)).toContain(
      `price list "${first!.title}": total £2,500 plus VAT plus expenses → £2,750 plus VAT plus expenses`,
    );
    // /updates/ and its feed say the change in the same terms.
    expect(changeSentences(change!).map((c) => c.says)).toContain(
      `price list “${first!.title}” changed from £2,500 plus VAT plus expenses to £2,750 plus VAT plus expenses`,
    );
  });
});
