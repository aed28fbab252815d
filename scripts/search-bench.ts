/**
 * npm run bench:search [-- --dist <folder>] — what a first search costs a visitor, measured in
 * Debian's chromium on a built site (default dist/; run `npm run build` first):
 *   - cold: open /search/?q=… in a fresh browser profile; time from navigation to the first
 *     results on screen, and bytes fetched for search (the search script and Pagefind's files)
 *     out of everything the page fetched;
 *   - next: on the same page, type a different query and press Enter; time to its results and
 *     the bytes of the index chunks it needed.
 * Bytes are as served (this server does not compress) with a gzip estimate beside them; most
 * Pagefind files are compressed already. Figures are printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../tests/helpers/browser';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const dist = resolve(values.dist!);
if (!existsSync(resolve(dist, 'pagefind/pagefind.js'))) {
  console.error(`${dist} has no search index; run npm run build first.`);
  process.exit(1);
}

/** Pairs of queries: the first is searched cold from the address, the second typed afterwards. */
const QUERIES: [string, string][] = [
  ['induction', 'caring responsibilities'],
  ['2.9', '£750'],
  ['desktop review', 'Training Needs Discussion'],
  ['charter award', 'member development'],
];

interface Transfer { bytes: number; gzip: number; search: number; searchGzip: number; requests: number }
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
  page.waitForFunction((t) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${t}”`), term, { timeout: 30_000 });

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const site = await serveSite(dist, { base: values.base! });
const browser = await launchBrowser();
const rows: string[][] = [['query', 'when', 'ms to results', 'search bytes (gzip est.)', 'all bytes (gzip est.)', 'requests', 'results']];
try {
  for (const [cold, next] of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const transfers = recordTransfers(page);

    await page.goto(`${site.url('/search/')}?q=${encodeURIComponent(cold)}`, { waitUntil: 'commit' });
    await waitForResults(page, cold);
    const coldMs = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    await transfers.settled();
    const coldTransfer = transfers.take();
    const coldCount = await page.locator('[data-search-results] > li').count();
    rows.push([cold, 'cold', coldMs.toFixed(0), `${kB(coldTransfer.search)} (${kB(coldTransfer.searchGzip)})`, `${kB(coldTransfer.bytes)} (${kB(coldTransfer.gzip)})`, String(coldTransfer.requests), String(coldCount)]);

    const input = page.getByLabel(/^Search standards/);
    await input.fill(next);
    const started = await page.evaluate(() => performance.now());
    await input.press('Enter');
    await waitForResults(page, next);
    const nextMs = (await page.evaluate(() => performance.now())) - started;
    await page.waitForLoadState('networkidle');
    await transfers.settled();
    const nextTransfer = transfers.take();
    const nextCount = await page.locator('[data-search-results] > li').count();
    rows.push([next, 'next', nextMs.toFixed(0), `${kB(nextTransfer.search)} (${kB(nextTransfer.searchGzip)})`, `${kB(nextTransfer.bytes)} (${kB(nextTransfer.gzip)})`, String(nextTransfer.requests), String(nextCount)]);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`Search benchmark on ${dist} (served at ${values.base})`);
for (const row of rows) console.log(row.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
