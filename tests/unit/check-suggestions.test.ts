/**
 * Every suggestion the check makes is something the check itself accepts. Each case takes a
 * broken-content fixture (tests/fixtures/check), reads the suggestion out of the message the check
 * prints for it, makes the fix the message asks for in the same copy, and runs the check again: the
 * fixture's problem must be gone and nothing new reported. A fixture whose message suggests a name,
 * an address or a way of writing something must be one of the cases, so a new suggestion is tried too.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { FROZEN } from '../helpers/content';
import { applyEdits, contentCopyWith, loadFixtures } from '../helpers/fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const FRAMEWORK = 'src/content/frameworks/east-midlands.mdx';

interface Case {
  /** Where the suggestion is in the message: its first group. */
  suggestion: RegExp;
  /** Makes the fix the message asks for in the copy at `root`, given the suggestion and the message it is in. */
  fix: (root: string, suggested: string, message: string) => void;
  /** What may still be reported after the fix: a second mistake in the fixture that the first one hid. */
  remaining?: RegExp[];
}

/** A real PNG image at `file` (relative to the copy), its folder made. */
const writeImage = (root: string, file: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), PNG);
};
/** The fix for a fixture that added `line` to the framework body: the line, written as the message suggests. */
const rewrite = (line: string, suggested: (s: string) => string) => (root: string, s: string) =>
  applyEdits(root, [{ file: FRAMEWORK, replace: line, with: suggested(s) }]);
/** The fix for a misnamed file: it takes the name the message suggests. */
const rename = (from: string) => (root: string, name: string) =>
  renameSync(join(root, from), join(root, from.slice(0, from.lastIndexOf('/') + 1), name));

const CASES: Record<string, Case> = {
  'file-name-underscore': { suggestion: /\(e\.g\. "([^"]+)"\)/, fix: rename('src/content/topics/New_Topic.yaml') },
  'file-name-look-alike': { suggestion: /\(e\.g\. "([^"]+)"\)/, fix: rename('src/content/topics/budgеt.yaml') },
  'file-name-hash': { suggestion: /\(e\.g\. "([^"]+)"\)/, fix: rename('src/content/topics/budget#2.yaml') },
  'file-name-with-space': { suggestion: /\(e\.g\. "([^"]+)"\)/, fix: rename('src/content/councils/new council.yaml') },
  'public-upload-name': {
    suggestion: /\(e\.g\. "([^"]+)"\)/,
    // The fixture's file is no image at all; the fix is a real one under the suggested name.
    fix: (root, name) => {
      rmSync(join(root, 'public/uploads/Council Logo.PNG'));
      writeFileSync(join(root, 'public/uploads', name), PNG);
    },
  },
  'mdx-www-autolink': {
    suggestion: /, (\[www\.[^\]]+\]\(https:\/\/[^)]+\))$/,
    fix: rewrite('See www.example.com for more.', (s) => `See ${s} for more.`),
  },
  'mdx-html-comment': {
    suggestion: /as (\[\/\/\]: # \([^)]*\))/,
    fix: rewrite('Text <!-- hidden --> more.', (s) => `Text more.\n\n${s.replace('the note', 'hidden')}`),
  },
  'mdx-stray-brace': {
    suggestion: /written as \\< or (\\\{)$/,
    fix: rewrite('Costs {approx.', (s) => `Costs ${s}approx.`),
  },
  'link-without-slash': {
    suggestion: /: "([^"]+)"$/,
    fix: rewrite('[all frameworks](/frameworks)', (s) => `[all frameworks](${s})`),
  },
  'link-relative': {
    suggestion: /e\.g\. (\/[^,]+\/),/,
    fix: rewrite('[the costs](costs/)', (s) => `[the costs](${s})`),
  },
  'link-as-raw-tag': {
    suggestion: /as Markdown, (\[text\]\([^)]+\))/,
    fix: rewrite('<a href="/frameworks/">all frameworks</a>', (s) => s.replace('text', 'all frameworks')),
  },
  'mdx-component-bad-attribute-value': {
    suggestion: /one of: "([^"]+)"/,
    fix: rewrite('<Note kind="warning">', (s) => `<Note kind="${s}">`),
  },
  'mdx-image-missing': {
    suggestion: /would be (public\/\S+), which is not in the repository; add the image there/,
    fix: (root, file) => writeImage(root, file),
  },
  'mdx-image-hash-path': {
    suggestion: /\(e\.g\. (\/\S+) for (?:public\/\S+)\)/,
    fix: (root, address) => {
      writeImage(root, `public${address}`);
      applyEdits(root, [{ file: FRAMEWORK, replace: '#/../../../../sources/planted.js', with: address }]);
    },
  },
  'file-name-capitalised-duplicate': {
    suggestion: /\(e\.g\. "([^"]+)"\)/,
    fix: rename('src/content/regions/London.yaml'),
  },
  'file-name-same-id-as-another': {
    suggestion: /\(e\.g\. "([^"]+)"\)/,
    fix: rename('src/content/councils/harrow~.yaml'),
  },
  ...Object.fromEntries(
    [
      'mdx-image-hash-path',
      'mdx-image-relative',
      'mdx-image-reference',
      'mdx-image-percent-encoded',
      'mdx-image-query',
      'mdx-image-backslash',
      'mdx-image-svg',
      'mdx-data-image',
    ].map((name) => [
      name,
      {
        // The address the message refuses becomes the example it gives, with the image there.
        suggestion: /\(e\.g\. (\/\S+) for public\/\S+\)/,
        fix: (root: string, address: string, message: string) => {
          writeImage(root, `public${address}`);
          applyEdits(root, [
            { file: FRAMEWORK, replace: /the image address "(.*?)" is not allowed/.exec(message)![1]!, with: address },
          ]);
        },
      },
    ]),
  ),
  'mdx-autolink': {
    suggestion: /written as (\\<) or/,
    fix: rewrite('<https://example.com/>', (s) => `${s}https://example.com/>`),
  },
  'mdx-unclosed-tag': {
    suggestion: /written as (\\<) or/,
    fix: rewrite('<Note>Check this.', (s) => `${s}Note>Check this.`),
  },
  'source-file-outside-sources': {
    suggestion: /\(e\.g\. (sources\/[^)]+)\) \(found/,
    fix: (root, file) =>
      applyEdits(root, [{ file: FRAMEWORK, replace: 'file: docs/east-midlands-charter.txt', with: `file: ${file}` }]),
  },
  'standard-number-unquoted': {
    suggestion: /in quotes exactly as written \(e\.g\. ("[^"]+")\)/,
    fix: (root, quoted) => applyEdits(root, [{ file: FRAMEWORK, replace: 'number: 2.10', with: `number: ${quoted}` }]),
  },
  // "In quotes exactly as written": the example shows the form; the fix quotes what the file says.
  'unquoted-date-in-text-field': {
    suggestion: /(put it in quotes exactly as written)/,
    fix: (root) =>
      applyEdits(root, [
        { file: 'src/content/regions/london.yaml', replace: 'name: 2021-03-04', with: 'name: "2021-03-04"' },
      ]),
  },
  // Quoted, the fixture's date is read as written, and is then refused for what it says: 31 June does not exist.
  'unquoted-date-in-date-field': {
    suggestion: /(put it in quotes exactly as written)/,
    fix: (root) =>
      applyEdits(root, [
        { file: 'src/content/action-plans/harrow-2008.yaml', replace: 'date: 2009-06-31', with: 'date: "2009-06-31"' },
      ]),
    remaining: [/target\.date\.date: "2009-06-31" is not a real date: June 2009 has 30 days/],
  },
  // A date written the old way, as a bare value or with the wrong approximation: the fix is the date the message writes.
  ...Object.fromEntries(
    (
      [
        ['date-year-as-words', 'date:\n  asPublished: "2021"', 'date: '],
        ['date-approximate-not-marked', 'date:\n  asPublished: "c. 2021"\n  year: 2021', 'date: '],
        ['date-bare-year', 'date: 2021', 'date: '],
        ['edition-reviewed-bare-year', 'reviewed: 2019', 'reviewed: '],
      ] as const
    ).map(([name, written, field]) => [
      name,
      {
        suggestion: /; write ([[{].*[}\]])$/,
        fix: (root: string, date: string) =>
          applyEdits(root, [
            {
              file: name.startsWith('edition') ? FRAMEWORK : 'src/content/register/derbyshire-2020-21-considering.yaml',
              replace: written,
              with: `${field}${date}`,
            },
          ]),
      },
    ]),
  ),
  'source-file-parent': {
    suggestion: /\(e\.g\. (sources\/[^)]+)\)/,
    fix: (root, file) =>
      applyEdits(root, [
        { file: 'src/content/frameworks/lga.mdx', replace: 'file: sources/..', with: `file: ${file}` },
      ]),
  },
};

const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const loadFixture = (name: string) => fixtures.get(name)!;
const baseline = new Set(checkContent(FROZEN).map(formatProblem));
const printed = (root: string) =>
  checkContent(root)
    .map(formatProblem)
    .filter((line) => !baseline.has(line));

/** Words by which a message offers something to write instead. */
const SUGGESTS =
  /e\.g\. "|e\.g\. \/|e\.g\. sources\/|write it as a link|as Markdown, \[|\[\/\/\]: #|needs a \/ at the end|is one of: |written as \\<|; write [[{]/;

describe("the check's suggestions", () => {
  it('are each tried below, for every fixture whose message suggests something', () => {
    const suggesting = [...fixtures.values()]
      .filter((f) => f.expect.some((line) => SUGGESTS.test(line)))
      .map((f) => f.name);
    expect(suggesting.filter((name) => !(name in CASES))).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s: the suggestion is accepted', (name, { suggestion, fix, remaining = [] }) => {
    const fixture = loadFixture(name);
    expect(fixture, name).toBeDefined();
    const root = contentCopyWith(fixture.edits);
    try {
      const before = printed(root);
      const message = before.find((line) => suggestion.test(line));
      expect(message, before.join('\n')).toBeDefined();
      fix(root, suggestion.exec(message!)![1]!, message!);
      const after = printed(root);
      expect(after).not.toContain(message);
      expect(after.filter((line) => !remaining.some((r) => r.test(line)))).toEqual([]);
      expect(after).toHaveLength(remaining.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
