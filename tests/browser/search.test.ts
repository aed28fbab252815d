/**
 * Search in a real browser on the built site, served with a Content-Security-Policy that allows no
 * inline script: the header box, the search page, a filter (applied once a choice settles, and
 * cleared), following a result, and the page without JavaScript or without its index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { standardSearch } from '../../src/lib/search/records';
import { paths } from '../../src/lib/common/urls';
import { realCatalog } from '../helpers/content';
import { DIST } from '../helpers/dist';
import { launchBrowser, serveSite, type Server } from '../helpers/browser';

/** What the site must work under: scripts and styles from its own files only (Pagefind needs WebAssembly). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'";

const catalog = realCatalog();
let site: Server;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(DIST, { headers: { 'content-security-policy': CSP } });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that records console errors (CSP violations among them) for the test to check. */
async function openPage(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // Failed requests are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    // Browsers ask for /favicon.ico on their own; the site has none, which is not a search problem.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const resultTitles = (page: Page) => page.locator('[data-search-results] li a').allTextContents();

describe('search in the browser', () => {
  it('types a query in the header, narrows it by region and follows a result', async () => {
    const { page, errors } = await openPage();
    await page.goto(site.url(paths.home()));
    const header = page.getByRole('search', { name: 'Site search' });
    await header.getByLabel('Search').fill('induction');
    await header.getByLabel('Search').press('Enter');
    await page.waitForURL(/\/search\/\?q=induction$/);

    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^\d+ results?(, showing the first 5)? for “induction”/);
    const em = catalog.regions.get('east-midlands')!.data.name;
    const before = await resultTitles(page);
    expect(
      before.some((t) => !t.startsWith(`${em} · `)),
      'results from other regions before filtering',
    ).toBe(true);

    await page.getByText('Narrow or order the results').click();
    await page.getByLabel('Region').selectOption(em);
    await expect.poll(() => status.textContent()).toContain(`region: ${em}`);
    const after = await resultTitles(page);
    expect(after.length).toBeGreaterThan(0);
    for (const title of after) expect(title.split(' · ')[0], title).toContain(em);
    expect(page.url()).toContain(`region=${encodeURIComponent(em).replace(/%20/g, '+')}`);

    const expected = standardSearch(catalog, 'east-midlands', '2.9')!.title;
    const first = page.locator('[data-search-results] li a').first();
    expect(await first.textContent()).toBe(expected);
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url(paths.standard('east-midlands', '2.9')));
    expect(await page.locator('h1').textContent()).toContain(
      catalog.standards.get('east-midlands/2.9')!.standard.title,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('fetches no filter values for a first search, and fetches them when the filters are opened', async () => {
    const { page, errors } = await openPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (/\/pagefind\/filter\//.test(request.url())) filterFiles.push(request.url());
    });
    await page.goto(`${site.url(paths.search())}?q=induction`);
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/results?(, showing the first 5)? for “induction”/);
    await page.waitForLoadState('networkidle');
    expect(filterFiles).toEqual([]);
    const region = page.getByLabel('Region');
    expect(await region.isVisible()).toBe(false);

    await page.getByText('Narrow or order the results').click();
    await expect.poll(() => region.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(await region.locator('option').allTextContents()).toContain(catalog.regions.get('east-midlands')!.data.name);
    expect(errors).toEqual([]);
  }, 60_000);

  it('finds a standard by its number as you type, and says how many results there are', async () => {
    const { page, errors } = await openPage();
    await page.goto(site.url(paths.search()));
    await page.getByLabel(/^Search standards/).pressSequentially('4.1');
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/results?(, showing the first 5)? for “4\.1”/);
    const fours = [...catalog.standards.values()].filter((r) => r.standard.number === '4.1');
    const titles = await resultTitles(page);
    expect(titles.slice(0, fours.length).sort()).toEqual(
      fours.map((r) => standardSearch(catalog, r.frameworkId, '4.1')!.title).sort(),
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('lists filtered pages without words, in standard number order when asked', async () => {
    const { page } = await openPage();
    const framework = catalog.frameworks.get('east-midlands')!.data.shortTitle;
    await page.goto(
      `${site.url(paths.search())}?framework=${encodeURIComponent(framework)}&type=Standard&sort=standard`,
    );
    const standards = [...catalog.standards.values()].filter((r) => r.frameworkId === 'east-midlands');
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(new RegExp(`^${standards.length} results, showing the first 5 \\(`));
    // Five at a time: "Show more results" adds the next five and moves focus to the first of them.
    const more = page.getByRole('button', { name: 'Show more results' });
    while (await more.isVisible()) {
      const shown = await page.locator('[data-search-results] > li').count();
      await more.click();
      await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(shown);
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('[data-search-results] > li')].indexOf(document.activeElement!.closest('li')!),
        ),
      ).toBe(shown);
    }
    expect(await page.getByRole('status').textContent()).toMatch(new RegExp(`^${standards.length} results \\(`));
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(standards.length);
    expect(titles[0]).toBe(standardSearch(catalog, 'east-midlands', '1.1')!.title);
  }, 60_000);

  it('without JavaScript, the header box still reaches the search page, which says what to do instead', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(site.url(paths.home()));
    const header = page.getByRole('search', { name: 'Site search' });
    await header.getByLabel('Search').fill('induction');
    await header.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=induction$/);
    const fallback = page.locator('[data-search-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toMatch(/Search needs JavaScript/);
    // The words stay in the address, and the message says where they are.
    expect(new URL(page.url()).searchParams.get('q')).toBe('induction');
    expect(await fallback.textContent()).toMatch(/search words are still in the page’s address/);
    await fallback.getByRole('link', { name: 'Charter frameworks' }).click();
    await page.waitForURL(site.url(paths.frameworks()));
  }, 60_000);

  it('when the index cannot load, keeps the words in the box and names them in the message', async () => {
    const { page } = await openPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: '' }));
    const council = catalog.councils.get('harrow')!.data.name;
    await page.goto(`${site.url(paths.search())}?q=${encodeURIComponent(council)}`);
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toBe(`Search for “${council}” is not available at the moment. You can browse the site instead.`);
    expect(await page.getByLabel(/^Search standards/).inputValue()).toBe(council);
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
  }, 60_000);

  it('applies a filter once the choice is made, not at every arrow key, and clears the filters', async () => {
    const { page, errors } = await openPage();
    // Count the searches run: each one writes the request into the address.
    await page.addInitScript(() => {
      const replace = history.replaceState.bind(history);
      (window as unknown as { searches: string[] }).searches = [];
      history.replaceState = (data, unused, address) => {
        (window as unknown as { searches: string[] }).searches.push(String(address));
        replace(data, unused, address);
      };
    });
    await page.goto(`${site.url(paths.search())}?q=charter`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/results?.* for “charter”\.$/);
    await page.getByText('Narrow or order the results').click();
    const region = page.getByLabel('Region');
    await expect.poll(() => region.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const searches = () => page.evaluate(() => (window as unknown as { searches: string[] }).searches);
    const before = (await searches()).length;

    // Three steps down the closed list by keyboard, as someone looking for their region does.
    await region.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const chosen = await region.inputValue();
    expect(chosen).toBe((await region.locator('option').nth(3).getAttribute('value'))!);
    await expect.poll(() => status.textContent()).toContain(`region: ${chosen}`);
    await page.waitForTimeout(1000);
    const run = (await searches()).slice(before);
    expect(run, 'one search for the region settled on').toHaveLength(1);
    expect(run[0]).toContain(`region=${encodeURIComponent(chosen).replace(/%20/g, '+')}`);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => status.textContent()).toMatch(/results?.* for “charter”\.$/);
    expect(await region.inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('?q=charter');
    expect(errors).toEqual([]);
  }, 60_000);
});
