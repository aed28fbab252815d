/**
 * Pages printed to PDF by the browser, read back as text: a framework page has every standard and
 * none of the site's navigation, breadcrumbs, footer, relative link addresses or placeholder host;
 * an action plan fills its pages (long rows break, rather than leave a page half empty); a cost
 * heading prints on the same page as its table.
 */
import { standardSlug } from '../../src/schemas/standard-slug';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { paths } from '../../src/lib/common/urls';
import { isolatedContext, launchBrowser, serveSite, type Server } from '../helpers/browser';
import { realCatalog } from '../helpers/content';
import { DIST } from '../helpers/dist';

const catalog = realCatalog();
/** The framework with the most standards: the longest printout. */
const framework = [...catalog.frameworks.values()].sort(
  (a, b) => b.data.themes.flatMap((t) => t.standards).length - a.data.themes.flatMap((t) => t.standards).length,
)[0]!;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser;
let server: Server;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(DIST)]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the site printed on A4 with 15 mm margins, as the text of each printed page. */
async function printedPages(path: string): Promise<string[]> {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(path));
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  await context.close();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map(squash);
}

it(`prints ${paths.framework(framework.id)} with its standards and without the site's chrome`, async () => {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(paths.framework(framework.id)));
  // What the screen shows around the content, read from the page itself.
  const chrome = await page.evaluate(() => ({
    nav: [...document.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent!.trim()).join(' '),
    breadcrumbs: (document.querySelector('.breadcrumbs') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    footer: (document.querySelector('body > footer') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
    skip: document.querySelector('.skip-link')!.textContent!.trim(),
    search: (document.querySelector('form.site-search') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
  }));
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  await context.close();

  const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(pdfDocument, { mergePages: true });
  const printed = squash(text);
  expect(totalPages).toBeGreaterThan(0);
  expect(printed).toContain(framework.data.title);
  for (const standard of framework.data.themes.flatMap((t) => t.standards)) {
    expect(printed, `standard ${standard.number}`).toContain(squash(standard.title));
  }
  // A link within the site prints no address (a bare path means nothing on paper); the page prints
  // its own address only when built for its real host, never the placeholder one.
  const first = framework.data.themes[0]!.standards[0]!;
  expect(printed.replace(/\s/g, '')).not.toContain(`(${paths.standard(framework.id, standardSlug(first))})`);
  expect(printed).not.toMatch(/\(\/[a-z]/);
  expect(printed).not.toMatch(/\.example\b/);
  if (process.env.SITE)
    expect(printed).toContain(new URL(paths.framework(framework.id), process.env.SITE).href.replace(/\/$/, ''));
  for (const [part, words] of Object.entries(chrome)) {
    expect(words.length, part).toBeGreaterThan(0);
    expect(printed, `${part} is not printed`).not.toContain(words);
  }
}, 60_000);

const plan = catalog.entries.actionPlans.sort((a, b) => b.data.items.length - a.data.items.length)[0]!;
it(`prints ${paths.actionPlan(plan.data.council.id, plan.id)} starting its first table on the first page, with no page but the last nearly empty`, async () => {
  const path = paths.actionPlan(plan.data.council.id, plan.id);
  const pages = await printedPages(path);
  expect(pages.length).toBeGreaterThan(2);
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(path));
  const firstCaption = await page.$eval('main table caption', (caption) =>
    caption.textContent!.replace(/\s+/g, ' ').trim(),
  );
  await context.close();
  expect(pages[0], 'the first page holds the start of the first table').toContain(firstCaption);
  // A standard with several actions spans rows (rowspan), which Chromium moves to the next page whole,
  // so a page before one may end early; a page less than a quarter as full as the middle one is a fault.
  const median = [...pages].map((p) => p.length).sort((a, b) => a - b)[Math.floor(pages.length / 2)]!;
  const sparse = pages
    .slice(0, -1)
    .map((p, i) => ({ page: i + 1, characters: p.length }))
    .filter((p) => p.characters < median / 4);
  expect(sparse, `pages with less than a quarter of ${median} characters`).toEqual([]);
}, 60_000);

const priced = [...catalog.costsByFramework.values()].find((c) => c.data.priceLists.length > 1)!;
it(`prints each price list's heading on the same page as its first line (${paths.costs(priced.data.framework.id)})`, async () => {
  const path = paths.costs(priced.data.framework.id);
  const pages = await printedPages(path);
  // The headings as the page shows them, read from the page itself.
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(path));
  const headings = await page.$$eval('.price-list h3', (hs) =>
    hs.map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
  );
  await context.close();
  expect(headings.length).toBe(priced.data.priceLists.length);
  priced.data.priceLists.forEach((list, i) => {
    const linePage = pages.findIndex((p) => p.includes(squash(list.lines[0]!.activity)));
    expect(linePage, `the first line of ${headings[i]} is printed`).toBeGreaterThanOrEqual(0);
    expect(pages[linePage], `the page with the first line of ${headings[i]} has its heading`).toContain(headings[i]);
  });
}, 60_000);
