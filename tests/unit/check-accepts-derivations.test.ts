/**
 * Property: what the check accepts, the site can build. Generated content (tests/helpers/property-content.ts:
 * awkward text, edge numbers, dates at the year window's edges, in titles, a standard's number, the
 * re-assessment interval, a price line, an award and a topic) either gets an error from the check, or
 * the page data derived from it is sound: the catalog builds, due dates are real dates with four-digit
 * years and after the award, every calendar date is YYYYMMDD, prices print without a minus, NaN or
 * infinity, and every page address fits in a file name. A real build of accepted samples is
 * tests/build/property-build.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import { checkContent } from '../../src/lib/check/check';
import { loadContent } from '../../src/lib/content/files';
import { formatPounds, lineTotal, priceListTotals } from '../../src/lib/costs/totals';
import { registerCalendar } from '../../src/lib/register/downloads';
import { registerRows } from '../../src/lib/register/register';
import { knownDate } from '../../src/lib/catalog/dates';
import { sitePaths } from '../../src/lib/site/routes';
import { ROOT } from '../helpers/content';
import { applyEdits } from '../helpers/fixtures';
import { sample, sampleEdits, type Sample } from '../helpers/property-content';

const root = mkdtempSync(join(tmpdir(), 'charter-property-'));
cpSync(join(ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
cpSync(join(ROOT, 'sources'), join(root, 'sources'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Puts `s` into the copy, every file it touches first restored from the repository. */
function write(s: Sample) {
  const edits = sampleEdits(s);
  for (const { file } of edits) {
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(root, file));
    else rmSync(join(root, file), { force: true });
  }
  applyEdits(root, edits);
}

/** Every way the page data derived from accepted content is unsound (empty when it is sound). */
function unsound(): string[] {
  const faults: string[] = [];
  const catalog = buildCatalog(loadContent(root).entries);
  const rows = registerRows(catalog);
  for (const row of rows) {
    if (row.due?.status !== 'due') continue;
    const award = knownDate(row.entry.data.date)!;
    // At the award's own precision: a day, a month or a year, never more.
    if (row.due.due.length !== award.length || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(row.due.due))
      faults.push(`due date ${row.due.due} from ${award}`);
    if (row.due.due <= award) faults.push(`due ${row.due.due} not after the award ${award}`);
  }
  for (const region of catalog.regions.keys()) {
    const ics = registerCalendar(catalog, rows, region, (p) => `https://charter-atlas.example${p}`);
    for (const [, value] of ics.matchAll(/^DT(?:START|END)[^:]*:(.*)$/gm))
      if (!/^\d{8}\r?$/.test(value!)) faults.push(`calendar date ${value}`);
  }
  for (const costs of catalog.costsByFramework.values()) {
    for (const list of costs.data.priceLists) {
      const printed = [
        formatPounds(priceListTotals(list).computed),
        ...list.lines.map((l) => formatPounds(lineTotal(l))),
      ];
      for (const p of printed) if (!/^£[\d,]+(\.\d\d)?$/.test(p)) faults.push(`price ${p}`);
    }
  }
  for (const path of sitePaths(catalog)) {
    for (const segment of path.split('/'))
      if (Buffer.byteLength(segment) > 255) faults.push(`address segment of ${Buffer.byteLength(segment)} bytes`);
  }
  return faults;
}

describe('what the check accepts, the site can build', () => {
  it('holds for generated content: the check refuses it, or its page data is sound', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(sample, (s) => {
        write(s);
        const errors = checkContent(root).filter((p) => p.severity === 'error');
        if (errors.length > 0) {
          refused++;
          // Refused in the one message format, never a crash of the check itself.
          for (const e of errors) expect(e.path).not.toBe('(check)');
          return;
        }
        accepted++;
        expect(unsound()).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // Neither side of the property may be empty, or the test proves nothing.
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(refused).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
