/** Every broken-content fixture is rejected with exactly its message, and none crashes the check. */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { FROZEN } from '../helpers/content';
import { contentCopyWith, loadFixtures } from '../helpers/fixtures';

const fixtures = loadFixtures();
// What the frozen content already reports (the known published-total warning) is not the fixture's doing.
const baseline = new Set(checkContent(FROZEN).map(formatProblem));

describe('broken-content fixtures', () => {
  it('cover at least 30 distinct mistakes, each with its message', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const f of fixtures) expect(f.expect.length, f.name).toBeGreaterThan(0);
    expect(new Set(fixtures.map((f) => f.expect.join('\n'))).size).toBe(fixtures.length);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const root = contentCopyWith(fixture.edits);
    try {
      const started = performance.now();
      const printed = checkContent(root)
        .map(formatProblem)
        .filter((line) => !baseline.has(line));
      // An alias bomb or a huge file must not make the check hang.
      expect(performance.now() - started).toBeLessThan(2000);
      expect(printed).toEqual(fixture.expect);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
