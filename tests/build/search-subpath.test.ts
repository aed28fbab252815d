/**
 * Search when the site is served under a sub-path, as many council and regional hosts do: the
 * fixture site (tests/build/fixture-site.ts, the real content and a few additions, built with
 * BASE=/atlas/) served only under that sub-path and searched in a real browser; every result link must
 * resolve there.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog';
import { loadContent } from '../../src/lib/content/files';
import { paths } from '../../src/lib/common/urls';
import { launchBrowser, serveSite, type Server } from '../helpers/browser';
import { BASE, fixtureSite } from './fixture-site';

let catalog: Catalog;
let site: Server;
let browser: Browser;

beforeAll(async () => {
  const fixture = await fixtureSite();
  catalog = buildCatalog(loadContent(fixture.root).entries);
  site = await serveSite(fixture.dist, { base: BASE });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`search under the sub-path ${BASE}`, () => {
  it('loads the index, links every result under the sub-path and follows one', async () => {
    const page = await browser.newPage();
    await page.goto(site.url(paths.home()));
    const header = page.getByRole('search', { name: 'Site search' });
    await header.getByLabel('Search').fill('2.9');
    await header.getByLabel('Search').press('Enter');
    await page.waitForURL(site.url('/search/?q=2.9'));
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/results?(, showing the first 5)? for “2\.9”/);

    const hrefs = await page
      .locator('[data-search-results] li a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    const first = page.locator('[data-search-results] li a').first();
    const title = await first.textContent();
    const standard = [...catalog.standards.values()].find(
      // A standard's result reads "its framework's regions · its number and title".
      (r) =>
        r.standard.number === '2.9' &&
        title?.startsWith(
          `${catalog.frameworks
            .get(r.frameworkId)!
            .data.regions.map((g) => catalog.regions.get(g.id)!.data.name)
            .join(' and ')} · 2.9 ${r.standard.title}`,
        ),
    );
    expect(standard, `first result "${title}" is a standard numbered 2.9`).toBeDefined();
    await first.click();
    await page.waitForURL(site.url(paths.standard(standard!.frameworkId, '2.9')));
    expect(await page.locator('h1').textContent()).toContain(standard!.standard.title);
  }, 60_000);
});
