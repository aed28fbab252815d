/**
 * The content tests catch a lost fact: each case deletes one fact (an action, a stage, a cost line,
 * the costs comparison's mismatch notice) in a temporary copy of the project, runs only the test file
 * that guards it on the copy, and expects exactly the tests named here to fail, and no others (a test
 * red for another reason would prove nothing). The copy's content is the tests' frozen tree
 * (tests/fixtures/content), so the exact texts deleted here never depend on a publisher's edit.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../helpers/fixtures';
import { exec, failingTests, projectWithTestsCopy } from '../helpers/site-copy';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the project (tests included, content frozen) with `edits`; returns the copy's root. */
function copyWith(edits: Edit[]): string {
  const root = projectWithTestsCopy();
  made.push(root);
  applyEdits(root, edits);
  return root;
}

const HARROW = 'src/content/action-plans/harrow-2008.yaml';
const cases: { name: string; edits: Edit[]; build?: boolean; file: string; red: string[] }[] = [
  {
    name: "one action of an action-plan row (3.1's second action)",
    edits: [
      {
        file: HARROW,
        replace:
          '      - action: >-\n          Action Training Needs Analysis needs revising and completion by all councillors in 2008/9\n        resources: >-\n          Officer time in ensuring effective delivery of programme and in ongoing monitoring of\n          development needs\n        due:\n          asPublished: "31 March 09"\n          date: "2009-03-31"\n',
        with: '',
      },
    ],
    file: 'tests/content/seed-facts.test.ts',
    red: [
      "Harrow's draft action plan and the framework reconstructed from it has every action of every row in the source's words, with its resources",
    ],
  },
  {
    name: 'one stage (the West Midlands external assessment)',
    edits: [
      {
        file: 'src/content/frameworks/west-midlands.mdx',
        replace:
          '  - title: External assessment\n    step: assessment\n    description: This is followed by an external assessment.\n',
        with: '',
      },
    ],
    file: 'tests/content/seed-facts.test.ts',
    red: [
      "every framework, price list and benefit list in the content 'west-midlands': every stage as its source gives it",
    ],
  },
  {
    name: 'one cost line (the first Level 1 report write-up)',
    edits: [
      {
        file: 'src/content/costs/west-midlands.yaml',
        replace:
          '      - activity: Report write-up and recommendations\n        unitPrice: 700\n        asPublished: Report write-up and recommendations - £700\n      - activity: Charter award\n        unitPrice: 80\n        asPublished: Charter award - £80\n    publishedTotal: 4480',
        with: '      - activity: Charter award\n        unitPrice: 80\n        asPublished: Charter award - £80\n    publishedTotal: 4480',
      },
    ],
    file: 'tests/content/seed-facts.test.ts',
    red: [
      'West Midlands charter has each published total, and the Level 2 total that does not match its lines',
      'West Midlands charter has every cost line of all three price lists, with unit price and quantity',
    ],
  },
  {
    name: "the costs comparison's notice that a published total does not add up",
    edits: [
      {
        file: 'src/pages/compare/costs.astro',
        replace:
          '    <Notice kind="inconsistency">{row.framework.data.shortTitle}, {row.levelName ?? row.list.title} ({PATHWAY_WORDS[row.pathway].toLowerCase()}): {row.inconsistency}</Notice>',
        with: '    null',
      },
    ],
    build: true,
    file: 'tests/site/compare.test.ts',
    red: [
      '/compare/costs/ says in a notice, for each price list whose published total differs from its lines, both totals',
    ],
  },
];

describe('deleting a fact turns its guarding tests red, and only those', () => {
  it.each(cases)(
    '$name',
    ({ edits, build, file, red }) => {
      const root = copyWith(edits);
      if (build) {
        const { status, output } = exec(root, 'astro', ['build']);
        expect(status, output).toBe(0);
      }
      expect(failingTests(root, file)).toEqual([...red].sort());
    },
    240_000,
  );
});
