/**
 * Property, with a real build: generated content the check accepts (tests/helpers/property-content.ts)
 * builds with a plain `astro build`. One build of one accepted sample per run (the page-data side of
 * the property runs on many samples, without a build, in tests/unit/check-accepts-derivations.test.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check';
import { contentCopyWith } from '../helpers/fixtures';
import { sample, sampleEdits, yamlScalar } from '../helpers/property-content';
import { execInBackground, projectCopyWith } from '../helpers/site-copy';

/** The first of the generated samples that the check accepts. */
function acceptedSample() {
  for (const s of fc.sample(sample, 40)) {
    const root = contentCopyWith(sampleEdits(s));
    try {
      if (!checkContent(root).some((p) => p.severity === 'error')) return s;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  throw new Error('no generated sample was accepted by the check');
}

describe('what the check accepts, a plain astro build builds', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

  it('builds an accepted generated sample', async () => {
    const s = acceptedSample();
    const copy = projectCopyWith(sampleEdits(s));
    copies.push(copy);
    const { status, output } = await execInBackground(copy, 'astro', ['build']);
    expect(status, `${yamlScalar(JSON.stringify(s))}\n${output.slice(-3000)}`).toBe(0);
    // Only a due date known to the day is a calendar entry; a month or year award's is listed on the page.
    if (/^\d{4}-\d{2}-\d{2}$/.test(s.awardDate)) {
      const calendar = readFileSync(join(copy, 'dist/register/regions/east-midlands/due-dates.ics'), 'utf8');
      expect(calendar).toMatch(/^DTSTART[^:]*:\d{8}\r?$/m);
    } else {
      const page = readFileSync(join(copy, 'dist/register/regions/east-midlands/index.html'), 'utf8');
      const months = 'years' in s.interval ? s.interval.years * 12 : s.interval.months;
      // A year alone under a rule that is not whole years gives no due date (no month is invented).
      if (/^\d{4}$/.test(s.awardDate) && months % 12 !== 0) expect(page).toContain('no due date computed');
      else expect(page).toMatch(/: due (in|by) \d{4}/);
    }
    expect(readFileSync(join(copy, 'dist/frameworks/east-midlands/standards/2.9/index.html'), 'utf8')).toContain('<h1');
  }, 400_000);
});
