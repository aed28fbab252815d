/** The content check reports every problem with file, line, field and a plain-English message. */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, checkReport, formatProblem } from '../../src/lib/check/check';
import { contentEdited } from '../helpers/fixtures';
import { FROZEN } from '../helpers/content';

let copy: string | undefined;
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

const errors = (root: string) =>
  checkContent(root)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);
const PUBLISHED_TOTAL_WARNING =
  'warning: src/content/costs/west-midlands.yaml:75:21 priceLists[2].publishedTotal: The source states a total of £5,180, but its lines add up to £5,080: the stated total is £100 more than the sum of the lines. The page shows both totals.';

/** A temporary copy of src/content with `edit` applied to one file; removed after each test. */
function contentWith(file: string, edit: (text: string) => string): string {
  copy = contentEdited(file, edit);
  return copy;
}

describe('content check', () => {
  it('passes the frozen content with only its published-total warning', () => {
    expect(checkContent(FROZEN).map(formatProblem)).toEqual([PUBLISHED_TOTAL_WARNING]);
  });

  it('names the file, line, field, value and expectation for a schema error', () => {
    const root = contentWith('src/content/frameworks/east-midlands.mdx', (t) =>
      t.replace('number: "2.10"', 'number: "2.10"\n        slug: "2.1O"'),
    );
    expect(errors(root)).toEqual([
      'error: src/content/frameworks/east-midlands.mdx:112:15 themes[1].standards[9].slug: expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1 (found "2.1O")',
    ]);
  });

  it('reports a broken reference at its line', () => {
    const root = contentWith('src/content/action-plans/harrow-2008.yaml', (t) =>
      t.replace('- standard: "2.9"', '- standard: "2.19"'),
    );
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /^error: src\/content\/action-plans\/harrow-2008\.yaml:\d+:\d+ items\[14\]\.standard: "2\.19" is not a standard of the framework "south-east" this plan follows; expected one of its standards' slugs: 1\.1, .*, 5\.3$/,
      ),
    ]);
  });

  it('reports every error in one run, not just the first', () => {
    const root = contentWith('src/content/costs/west-midlands.yaml', (t) =>
      t.replace('currency: GBP', 'currency: USD').replace('unitPrice: 1500', 'unitPrice: -1500'),
    );
    expect(
      checkContent(root)
        .filter((p) => p.severity === 'error')
        .map((p) => p.path),
    ).toEqual(['currency', 'priceLists[0].lines[1].unitPrice']);
  });

  it('prints warnings beside errors, even when a reference is broken', () => {
    const root = contentWith('src/content/councils/harrow.yaml', (t) => t.replace('region: london', 'region: londn'));
    expect(checkContent(root).map(formatProblem)).toEqual([
      PUBLISHED_TOTAL_WARNING,
      expect.stringMatching(
        /^error: src\/content\/councils\/harrow\.yaml:\d+:\d+ region: "londn" is not a known region/,
      ),
    ]);
  });

  it('reports a file that is not valid YAML instead of crashing', () => {
    const root = contentWith('src/content/regions/london.yaml', (t) => `${t}order: [unclosed\n`);
    const [problem] = checkContent(root).filter((p) => p.severity === 'error');
    expect(problem?.file).toBe('src/content/regions/london.yaml');
    expect(problem?.message).toMatch(/^the file is not valid YAML/);
  });
});

describe('what npm run check prints and its exit code', () => {
  /** A clock that moves 1.234 s between the start and the end of the check. */
  const clock = () => {
    let t = 0;
    return () => (t += 1234) - 1234;
  };

  it('passes with warnings alone: each problem, then the summary', () => {
    expect(checkReport(FROZEN, clock())).toEqual({
      lines: [
        expect.stringMatching(
          /^warning: src\/content\/costs\/west-midlands\.yaml:\d+:\d+ priceLists\[2\]\.publishedTotal: /,
        ),
        '\nContent check: 0 error(s), 1 warning(s) in 1.23s.',
      ],
      exitCode: 0,
    });
  });

  it('fails with exit code 1 when there is an error', () => {
    const root = contentWith('src/content/costs/west-midlands.yaml', (t) =>
      t.replace('currency: GBP', 'currency: USD'),
    );
    const report = checkReport(root, clock());
    expect(report.exitCode).toBe(1);
    expect(report.lines.at(-1)).toBe('\nContent check: 1 error(s), 0 warning(s) in 1.23s.');
  });
});
