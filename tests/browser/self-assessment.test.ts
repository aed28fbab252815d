/**
 * The self-assessment recorder in a real browser (Debian chromium via playwright-core), against the
 * built site served from dist/: fill in three standards, reload, export CSV and JSON, clear,
 * re-import (each confirmation in view beside the action, at 375 and 1280 px), print the report,
 * export the action plan and run the content check on it; axe, a phone width and JavaScript
 * switched off.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import {
  ANSWER_LABELS,
  assessedStandards,
  CSV_COLUMNS,
  storageKey,
} from '../../src/lib/self-assessment/self-assessment';
import { MAX_IMPORT_BYTES, parseAssessment, serialise } from '../../src/lib/self-assessment/saved-assessment';
import { paths } from '../../src/lib/common/urls';
import { axeViolations, launchBrowser, serveSite, type Server } from '../helpers/browser';
import { realCatalog } from '../helpers/content';
import { parseCsv } from '../helpers/csv';
import { DIST } from '../helpers/dist';
import { checkExportedPlan } from '../helpers/check-plan';

const frameworkId = 'east-midlands';
const catalog = realCatalog();
const standards = assessedStandards(catalog.frameworks.get(frameworkId)!.data);
// Three standards from different themes.
const picked = [...new Map(standards.map((s) => [s.themePosition, s])).values()].slice(0, 3);
const [a, b, c] = picked as [(typeof standards)[number], (typeof standards)[number], (typeof standards)[number]];
const council = [...catalog.councils.keys()][0]!;

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveSite(DIST, { base: '/' });
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
  page = await context.newPage();
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const address = () => `${server.origin}${paths.selfAssessment(frameworkId)}`;
const downloaded = async (action: () => Promise<unknown>): Promise<{ name: string; text: string }> => {
  const [download] = (await Promise.all([page.waitForEvent('download'), action()])) as [Download, unknown];
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
};
/** The copy of the actions at the top of the page or at the bottom. */
const actions = (place: 'top' | 'bottom') => page.locator(`[data-sa-actions="${place}"]`);
/** The message shown in a notification banner, whichever copy of the actions it sits beside. */
const banner = (hasText: string | RegExp) => page.locator('[data-sa-banner]:not([hidden])', { hasText });
const overall = (tally: string) => page.locator(`tr[data-theme="overall"] [data-tally="${tally}"]`).textContent();

describe('self-assessment recorder', () => {
  it('records three standards, keeps them over a reload and shows progress', async () => {
    await page.goto(address());
    await expect(page.locator('.sa-nojs').count()).resolves.toBe(0);
    await expect(page.getByText('Nothing you record here is sent anywhere').isVisible()).resolves.toBe(true);

    // Standard a by keyboard: focus its first status and choose it with the space bar.
    await page.locator(`[data-slug="${a.slug}"] input[value="met"]`).focus();
    await page.keyboard.press('Space');
    await page.locator(`[data-slug="${a.slug}"] [data-field="evidence"]`).fill('Policy agreed by full council');

    await page.locator(`[data-slug="${b.slug}"]`).getByLabel(ANSWER_LABELS['partly-met']).check();
    await page
      .locator(`[data-slug="${b.slug}"] [data-field="action"]`)
      .fill('Write the induction programme, with "quotes", commas\nand two lines');
    await page.locator(`[data-slug="${b.slug}"] [data-field="due"]`).fill('2026-03-31');
    await page.locator(`[data-slug="${b.slug}"] [data-field="owner"]`).fill('Head of Democratic Services');

    await page.locator(`[data-slug="${c.slug}"]`).getByLabel(ANSWER_LABELS['not-yet']).check();
    await page.locator(`[data-slug="${c.slug}"] [data-field="action"]`).fill('Agree a budget');

    await expect(overall('met')).resolves.toBe('1');
    await expect(overall('unanswered')).resolves.toBe(String(standards.length - 3));

    await page.reload();
    await expect(page.locator(`[data-slug="${a.slug}"] input[value="met"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`[data-slug="${a.slug}"] [data-field="evidence"]`).inputValue()).resolves.toBe(
      'Policy agreed by full council',
    );
    await expect(page.locator(`[data-slug="${b.slug}"] [data-field="due"]`).inputValue()).resolves.toBe('2026-03-31');
    await expect(page.locator(`[data-slug="${b.slug}"] [data-field="owner"]`).inputValue()).resolves.toBe(
      'Head of Democratic Services',
    );
    await expect(page.locator(`[data-slug="${c.slug}"] input[value="not-yet"]`).isChecked()).resolves.toBe(true);
    await expect(overall('partly-met')).resolves.toBe('1');
  });

  it('refuses a day that does not exist, and says so', async () => {
    const due = page.locator(`[data-slug="${c.slug}"] [data-field="due"]`);
    await due.focus();
    await page.keyboard.type('30022026'); // 30 February 2026, typed into an en-GB date field
    await due.blur();
    await expect(due.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator(`[data-slug="${c.slug}"] .field-error`).textContent()).resolves.toMatch(
      /not a real date/,
    );
    await due.fill('');
    await expect(due.getAttribute('aria-invalid')).resolves.toBeNull();
  });

  let json = '';
  it('exports CSV that reads back with the answers, and JSON that is a saved assessment', async () => {
    const csv = await downloaded(() =>
      actions('bottom').getByRole('button', { name: 'Download as CSV (Excel)' }).click(),
    );
    expect(csv.name).toBe(`${frameworkId}-self-assessment.csv`);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(standards.length + 1);
    const row = (number: string) => rows.find((r) => r[1] === number)!;
    expect(row(a.number!)[3]).toBe(ANSWER_LABELS.met);
    expect(row(b.number!).slice(3)).toEqual([
      ANSWER_LABELS['partly-met'],
      '',
      'Write the induction programme, with "quotes", commas\nand two lines',
      '2026-03-31',
      'Head of Democratic Services',
    ]);

    const download = await downloaded(() =>
      actions('top').getByRole('button', { name: 'Download as JSON (to import later)' }).click(),
    );
    json = download.text;
    const parsed = parseAssessment(json);
    expect(parsed.ok && Object.keys(parsed.assessment.answers).sort()).toEqual(picked.map((s) => s.slug).sort());
  });

  it('clears everything, then restores it all from the JSON file', async () => {
    page.once('dialog', (d) => d.accept());
    await actions('bottom').getByRole('button', { name: 'Clear this assessment' }).click();
    await expect(page.locator(`[data-slug="${b.slug}"] [data-field="action"]`).inputValue()).resolves.toBe('');
    await expect(overall('unanswered')).resolves.toBe(String(standards.length));
    await page.reload();
    await expect(page.locator(`[data-slug="${a.slug}"] input[value="met"]`).isChecked()).resolves.toBe(false);

    await actions('top')
      .getByLabel(/Import a saved assessment/)
      .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await banner('Imported saved.json: 3 answers restored').waitFor();
    await expect(page.locator(`[data-slug="${b.slug}"] [data-field="owner"]`).inputValue()).resolves.toBe(
      'Head of Democratic Services',
    );
    await expect(overall('met')).resolves.toBe('1');
  });

  it('prints a short report of the answers given, not the form', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const report = page.locator('.sa-report');
      await expect(report.isVisible()).resolves.toBe(true);
      const printed = (await report.innerText()).replace(/\s+/g, ' ');
      for (const s of picked) expect(printed).toContain(`${s.number} ${s.title}`);
      expect(printed).toContain(`${ANSWER_LABELS.met} Evidence Policy agreed by full council`);
      expect(printed).toContain('By whom Head of Democratic Services');
      // The rest in one line, not as empty boxes.
      expect(printed).toContain(`Not answered (${standards.length - 3}): `);
      await expect(page.locator('fieldset.sa-standard').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('textarea:visible').count()).resolves.toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  const importFile = (name: string, buffer: Buffer) =>
    actions('bottom')
      .getByLabel(/Import a saved assessment/)
      .setInputFiles({ name, mimeType: 'application/json', buffer });
  const other = () => Buffer.from(json.replace('Head of Democratic Services', 'Someone else'));
  const owner = () => page.locator(`[data-slug="${b.slug}"] [data-field="owner"]`).inputValue();

  it('asks before an import replaces the stored answers, and keeps them when the answer is no', async () => {
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await importFile('other.json', other());
    await banner('other.json was not imported; your answers are unchanged.').waitFor();
    expect(asked).toBe('Importing other.json replaces the 3 answers recorded in this browser. Import it?');
    await expect(owner()).resolves.toBe('Head of Democratic Services');
  });

  it('says an import failed, never "Imported", when the browser will not store it', async () => {
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    page.once('dialog', (d) => void d.accept());
    await importFile('other.json', other());
    await banner('other.json was not imported: this browser would not save it').waitFor();
    await expect(owner()).resolves.toBe('Head of Democratic Services');
    await page.reload();
    await expect(owner()).resolves.toBe('Head of Democratic Services');
  });

  it('refuses a file over the size limit without reading it', async () => {
    await importFile('huge.json', Buffer.alloc(MAX_IMPORT_BYTES + 1, ' '));
    await banner('huge.json was not imported. The file is larger than 1 MB').waitFor();
    await expect(owner()).resolves.toBe('Head of Democratic Services');
  });

  it('explains what is missing before exporting an action plan, then exports one the content check accepts', async () => {
    await page.getByRole('button', { name: 'Download action plan' }).click();
    await page.getByRole('alert').filter({ hasText: 'not downloaded' }).waitFor();
    await expect(page.getByRole('alert').filter({ hasText: 'not downloaded' }).textContent()).resolves.toMatch(
      /Choose your council.*title/,
    );

    await page.getByLabel('Your council', { exact: true }).selectOption(council);
    await page.getByLabel('Title of the plan').fill('Member Development Charter – Action Plan');
    await page.getByLabel('File name for the copy of your plan').fill(`sources/${council}-action-plan.txt`);
    const plan = await downloaded(() => page.getByRole('button', { name: 'Download action plan' }).click());
    expect(plan.name).toBe(`${council}-${frameworkId}-action-plan.yaml`);
    expect(plan.text).toContain(`standard: "${b.number}"`);
    expect(checkExportedPlan(plan.name, plan.text)).toEqual([]);
  });

  it('after the framework changed, says which standards changed and carries the other answers over, a renumbered one to its new number', async () => {
    const saved = parseAssessment(json);
    if (!saved.ok) throw new Error(saved.error);
    // As if saved against an earlier edition in which standard b read differently and standard c,
    // in the same words, was numbered 99.9 (its answer saved under that number).
    const { [c.slug]: cAnswer, ...otherAnswers } = saved.assessment.answers;
    const earlier = {
      ...saved.assessment,
      standards: saved.assessment.standards.map((s) =>
        s.slug === b.slug
          ? { ...s, title: 'An older wording' }
          : s.slug === c.slug
            ? { ...s, slug: '99.9', number: '99.9' }
            : s,
      ),
      answers: { ...otherAnswers, '99.9': cAnswer! },
    };
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [storageKey(frameworkId), serialise(earlier)],
    );
    await page.reload();
    const notice = page.locator('#sa-changes');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain(`${b.number}: was “An older wording”, now “${b.title}”`);
    await expect(notice.textContent()).resolves.toContain(`99.9 is now ${c.number} ${c.title}`);
    await expect(notice.textContent()).resolves.toContain('carried over for 2 standards');
    await expect(page.locator(`[data-slug="${b.slug}"] [data-field="action"]`).inputValue()).resolves.toBe('');
    await expect(page.locator(`[data-slug="${c.slug}"] [data-field="action"]`).inputValue()).resolves.toBe(
      'Agree a budget',
    );
    await expect(page.locator(`[data-slug="${a.slug}"] [data-field="evidence"]`).inputValue()).resolves.toBe(
      'Policy agreed by full council',
    );
    // Put the current answers back for the tests that follow.
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey(frameworkId), json]);
    await page.reload();
  });

  it.each([375, 1280])(
    'at %i px, the actions are at the top, and each confirmation is in view right after its action',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' });
      const reader = await context.newPage();
      // Accept the questions: replacing the answers imported just before, and clearing.
      reader.on('dialog', (d) => void d.accept());
      try {
        await reader.goto(address());
        const top = reader.locator('[data-sa-actions="top"]');
        const firstStandard = await reader.locator('fieldset.sa-standard').first().boundingBox();
        for (const name of [
          'Download as CSV (Excel)',
          'Download as JSON (to import later)',
          'Print report',
          'Clear this assessment',
        ]) {
          expect((await top.getByRole('button', { name }).boundingBox())!.y, name).toBeLessThan(firstStandard!.y);
        }
        /** The shown banner's place on screen, read from the page. */
        const shownBanner = () =>
          reader.evaluate(() => {
            const shown = [...document.querySelectorAll<HTMLElement>('[data-sa-banner]')].filter((b) => !b.hidden);
            const r = shown[0]!.getBoundingClientRect();
            return {
              count: shown.length,
              top: r.top,
              bottom: r.bottom,
              height: window.innerHeight,
              text: shown[0]!.textContent,
            };
          });
        for (const place of ['top', 'bottom'] as const) {
          const picker = reader.locator(`[data-sa-actions="${place}"]`).getByLabel(/Import a saved assessment/);
          await picker.scrollIntoViewIfNeeded();
          await picker.setInputFiles({
            name: `${place}.json`,
            mimeType: 'application/json',
            buffer: Buffer.from(json),
          });
          await expect.poll(async () => (await shownBanner()).text).toContain(`Imported ${place}.json`);
          const seen = await shownBanner();
          expect(seen.count, place).toBe(1);
          expect(seen.top, `${place} import: banner top`).toBeGreaterThanOrEqual(0);
          expect(seen.bottom, `${place} import: banner bottom`).toBeLessThanOrEqual(seen.height);
        }
        const clear = reader
          .locator('[data-sa-actions="bottom"]')
          .getByRole('button', { name: 'Clear this assessment' });
        await clear.scrollIntoViewIfNeeded();
        await clear.click();
        await expect.poll(async () => (await shownBanner()).text).toContain('Cleared');
        const cleared = await shownBanner();
        expect(cleared.top).toBeGreaterThanOrEqual(0);
        expect(cleared.bottom).toBeLessThanOrEqual(cleared.height);
      } finally {
        await context.close();
      }
    },
  );

  it('sent nothing anywhere: every request went to the site itself, and none posted data', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith(`GET ${server.origin}/`) && !/^GET blob:/.test(r))).toEqual([]);
  });

  it('has no accessibility violations (axe, WCAG 2.2 AA) and fits a 375 px phone', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
  });

  it('with JavaScript off, lists every standard as a blank form and says recording needs JavaScript', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(address());
    await expect(plain.locator('.sa-nojs').textContent()).resolves.toMatch(/needs JavaScript/);
    await expect(plain.locator('.sa-standard > legend').count()).resolves.toBe(standards.length);
    await expect(plain.locator(`[data-slug="${b.slug}"] [data-field="action"]`).isDisabled()).resolves.toBe(true);
    await expect(plain.locator('.sa-tools').isVisible()).resolves.toBe(false);
    await noJs.close();
  });
});
