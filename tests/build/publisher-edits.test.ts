/**
 * A publisher's edit to live content never turns a test about code red: in a copy of the project
 * whose live content has a comment line at the top of every file and a new standard in every
 * framework with standards (tests/helpers/publisher-edits.ts), the content check and the build pass,
 * and every unit test (the check's fixtures included) and every site test (the built pages against
 * the content) stays green. Only tests about the edited facts may change: the content tests, which
 * compare the content with its sources (the new standard is in none).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMENT, makePublisherEdits, NEW_STANDARD } from '../helpers/publisher-edits';
import { exec, failingTests, projectWithTestsCopy } from '../helpers/site-copy';

const root = projectWithTestsCopy({ live: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a publisher's comment line and new standard in every live content file", () => {
  it('are made in the copy', () => {
    expect(makePublisherEdits(root).length).toBeGreaterThan(0);
    const framework = readFileSync(join(root, 'src/content/frameworks/east-midlands.mdx'), 'utf8');
    expect(framework.split('\n').slice(0, 2)).toEqual(['---', COMMENT]);
    expect(framework).toContain(`- slug: ${NEW_STANDARD.slug}`);
  });

  it('pass the content check and build', () => {
    const { status, output } = exec(root, 'npm', ['run', 'build']);
    expect(status, output).toBe(0);
  }, 240_000);

  it('leave every unit and site test green', () => {
    expect(failingTests(root, 'tests/unit/', 'tests/site/')).toEqual([]);
  }, 500_000);
});
