/**
 * A framework page printed to PDF by the browser, read back as text: every standard is there, the
 * site's navigation, breadcrumbs and footer are not, and links show where they go.
 */
import { standardSlug } from '../../src/schemas/standard-slug';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { paths } from '../../src/lib/site/urls';
import { isolatedContext, launchBrowser, serveSite, type Server } from '../helpers/browser';
import { realCatalog } from '../helpers/content';
import { DIST } from '../helpers/dist';

const catalog = realCatalog();
/** The framework with the most standards: the longest printout. */
const framework = [...catalog.frameworks.values()].sort((a, b) => b.data.themes.flatMap((t) => t.standards).length - a.data.themes.flatMap((t) => t.standards).length)[0]!;
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
  // Links in the content print their address; the page prints its own.
  const first = framework.data.themes[0]!.standards[0]!;
  expect(printed.replace(/\s/g, '')).toContain(`(${paths.standard(framework.id, standardSlug(first))})`);
  expect(printed).toContain(new URL(paths.framework(framework.id), process.env.SITE ?? 'https://charter-atlas.example').href.replace(/\/$/, ''));
  for (const [part, words] of Object.entries(chrome)) {
    expect(words.length, part).toBeGreaterThan(0);
    expect(printed, `${part} is not printed`).not.toContain(words);
  }
}, 60_000);
