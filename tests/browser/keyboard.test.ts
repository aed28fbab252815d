/**
 * Keyboard use on one page of every template (found from src/pages): the skip link comes first and
 * leads into main, focus is always visible and on screen, and Tab visits every control in page order.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSettled, pageOnSite } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { templatePages } from '../helpers/site-checks';

const templates = templatePages(DIST);
const site = pageOnSite(DIST);

/** What had keyboard focus after a Tab press, described so two moments can be compared (null: nothing in the page). */
interface Focus {
  /** Which element: its place in the document, as two controls can look alike. */
  index: number;
  key: string;
  visibleFocus: boolean;
  onScreen: boolean;
}

/** What the test puts into the page: the notes, and how a control is named in them and in the expected order. */
type Noting = Window & { focusNotes: (Focus | null)[]; controlKey: (el: Element) => string };

/**
 * Makes the page note what has focus each time the Tab key is released: by then the key press has
 * moved focus and scrolled the focused element into view, so the note is what a reader sees. The
 * test presses Tab several times and reads the notes once, rather than asking the page after each
 * press (a round trip each, over a thousand of them).
 */
const noteFocus = (p: Page) =>
  p.evaluate(() => {
    const page = window as unknown as Noting;
    page.focusNotes = [];
    page.controlKey = (el) =>
      `${el.tagName.toLowerCase()}#${el.id}[${el.getAttribute('href') ?? ''}]${el.textContent?.trim().slice(0, 40) ?? ''}`;
    addEventListener(
      'keyup',
      (event) => {
        if (event.key !== 'Tab') return;
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) {
          page.focusNotes.push(null);
          return;
        }
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        page.focusNotes.push({
          index: [...document.querySelectorAll('*')].indexOf(el),
          key: page.controlKey(el),
          visibleFocus:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth,
        });
      },
      true,
    );
  });

/** Presses Tab `times` times; returns what had focus after each press (fewer when focus left the page). */
async function pressTab(p: Page, times: number): Promise<(Focus | null)[]> {
  for (let i = 0; i < times; i++) await p.keyboard.press('Tab');
  return p.evaluate(() => (window as unknown as Noting).focusNotes.splice(0));
}

/** Opens a page as a reader then uses it (the search page with its index loaded). */
const open = (path: string) => openSettled(site.page, site.server.url(path));

describe.each(templates)('$template ($path)', ({ path }) => {
  it('is usable with the keyboard: skip link first, visible focus, tab order follows the page', async () => {
    const { page, server } = site;
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(path);
    await noteFocus(page);
    // Every element a Tab press should reach, in document order. A group of radio buttons is one
    // stop: Tab reaches its checked button (the first, when none is checked); arrow keys move within it.
    const expected = await page.evaluate(() => {
      // The content of a closed <details> (the search page's filters) is not reachable until it is opened.
      const inClosedDetails = (el: HTMLElement) => {
        const details = el.closest('details');
        return details !== null && !details.open && el.closest('summary')?.parentElement !== details;
      };
      const reachable = (el: HTMLElement) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        el.getClientRects().length > 0 &&
        !inClosedDetails(el);
      const radioStop = (radio: HTMLInputElement) => {
        if (!radio.name) return true;
        const group = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
          (r) => r.name === radio.name && r.form === radio.form && reachable(r),
        );
        return (group.find((r) => r.checked) ?? group[0]) === radio;
      };
      return [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
      ]
        .filter((el) => reachable(el) && !(el instanceof HTMLInputElement && el.type === 'radio' && !radioStop(el)))
        .map((el) => (window as unknown as Noting).controlKey(el));
    });
    expect(expected[0], 'the first focusable element is the skip link').toMatch(/^a#\[#main-content\]/);
    const [skip] = await pressTab(page, 1);
    expect(skip?.key).toMatch(/^a#\[#main-content\]Skip to main content$/);
    expect(skip?.onScreen, 'the focused skip link is on screen').toBe(true);
    expect(skip?.visibleFocus, 'the focused skip link shows focus').toBe(true);

    const order: string[] = [];
    // A date field takes a Tab for each of its parts (day, month, year) while focus stays on the
    // input itself, so a control counts once however many presses it takes; the bound stops a trap.
    // Each round presses Tab as many times as there are controls still to reach, so it never goes
    // past the last one.
    let last = skip?.index;
    for (let presses = 0; order.length < expected.length - 1 && presses < expected.length * 4;) {
      const times = expected.length - 1 - order.length;
      const seen = await pressTab(page, times);
      presses += times;
      for (const now of seen) {
        if (!now) break;
        expect(now.visibleFocus, `${now.key} shows where focus is`).toBe(true);
        expect(now.onScreen, `${now.key} is on screen when focused`).toBe(true);
        if (now.index !== last) order.push(now.key);
        last = now.index;
      }
      if (seen.length < times || seen.includes(null)) break; // focus left the page
    }
    expect(order).toEqual(expected.slice(1));

    // Following the skip link puts focus on the main content, so the next Tab is inside it. The page
    // has settled once already, so waiting for the load is enough.
    await page.goto(server.url(path), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    const firstInMain = await page.evaluate(
      () => document.querySelector('main a[href], main button, main input, main summary') !== null,
    );
    if (firstInMain) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    }
  });
});
