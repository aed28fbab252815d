/**
 * What a first search costs a visitor, measured in headless Chromium (the browser tests' one) on a built site:
 *   - cold: open /search/?q=… in a fresh browser profile; time from navigation to the first
 *     results on screen, and bytes fetched for search (the search script and Pagefind's files)
 *     out of everything the page fetched;
 *   - next: on the same page, type a different query and press Enter; time to its results and
 *     the bytes of the index chunks it needed.
 * Bytes are as served (this server does not compress) with a gzip estimate beside them; most
 * Pagefind files are compressed already. Used by `npm run bench:search` and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../../tests/helpers/browser';

/** Pairs of queries: the first is searched cold from the address, the second typed afterwards. */
export const QUERIES: [string, string][] = [
  ['induction', 'caring responsibilities'],
  ['2.9', '£750'],
  ['desktop review', 'Training Needs Discussion'],
  ['charter award', 'member development'],
];

export interface Transfer {
  bytes: number;
  gzip: number;
  search: number;
  searchGzip: number;
  requests: number;
}
const emptyTransfer = (): Transfer => ({ bytes: 0, gzip: 0, search: 0, searchGzip: 0, requests: 0 });

/** Adds up what the page fetches; `take` returns the total since the last take. */
function recordTransfers(page: Page): { take(): Transfer; settled(): Promise<unknown> } {
  let current = emptyTransfer();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const gzip = gzipSync(body).length;
          const isSearch = /\/pagefind\/|\/_astro\/search/.test(response.url());
          current.bytes += body.length;
          current.gzip += Math.min(gzip, body.length);
          current.requests += 1;
          if (isSearch) {
            current.search += body.length;
            current.searchGzip += Math.min(gzip, body.length);
          }
        },
        () => undefined,
      ),
    );
  });
  return {
    take() {
      const taken = current;
      current = emptyTransfer();
      return taken;
    },
    settled: () => Promise.all(pending),
  };
}

const waitForResults = (page: Page, term: string) =>
  page.waitForFunction((t) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${t}”`), term, {
    timeout: 30_000,
  });

export interface SearchMeasurement {
  query: string;
  when: 'cold' | 'next';
  ms: number;
  transfer: Transfer;
  results: number;
}

export async function measureSearch(
  dist: string,
  base = '/',
  queries: [string, string][] = QUERIES,
): Promise<SearchMeasurement[]> {
  const site = await serveSite(dist, { base });
  const browser = await launchBrowser();
  const measured: SearchMeasurement[] = [];
  try {
    for (const [cold, next] of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfers = recordTransfers(page);

      await page.goto(`${site.url('/search/')}?q=${encodeURIComponent(cold)}`, { waitUntil: 'commit' });
      await waitForResults(page, cold);
      const coldMs = await page.evaluate(() => performance.now());
      await page.waitForLoadState('networkidle');
      await transfers.settled();
      measured.push({
        query: cold,
        when: 'cold',
        ms: coldMs,
        transfer: transfers.take(),
        results: await page.locator('[data-search-results] > li').count(),
      });

      const input = page.getByLabel(/^Search standards/);
      await input.fill(next);
      const started = await page.evaluate(() => performance.now());
      await input.press('Enter');
      await waitForResults(page, next);
      const nextMs = (await page.evaluate(() => performance.now())) - started;
      await page.waitForLoadState('networkidle');
      await transfers.settled();
      measured.push({
        query: next,
        when: 'next',
        ms: nextMs,
        transfer: transfers.take(),
        results: await page.locator('[data-search-results] > li').count(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return measured;
}
