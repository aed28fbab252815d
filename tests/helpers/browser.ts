/**
 * The browser suite's tools: a Chromium found by configuration driven by playwright-core, a static server for a built
 * site (dist/ or a mutated copy), and checks that take any served site so the mutation tests can run
 * exactly what the main tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { BASE, type PageProblem } from './site-checks';

/**
 * Debian's headless Chromium (package chromium-headless-shell), which `.ci/run` installs on these
 * machines: the browser without its windowing parts, as Playwright itself uses for headless runs.
 * It loads and lays out pages in about half the time of the full browser in headless mode.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** Debian's full Chromium, used when the headless one is not installed. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the tests drive, found by configuration rather than installed from a test (GitHub's
 * runners are not root and ship Chromium as a snap): `CHROMIUM_PATH` if set, else Debian's headless
 * shell, else Playwright's own headless shell when `playwright-core install chromium` has put its
 * browsers in place (the pull-request workflow; undefined: Playwright finds it), else Debian's full
 * Chromium. Throws, saying how to get one, when none is there.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return configured;
  }
  if (existsSync(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  if (playwrightsBrowsersInstalled()) return undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    `No Chromium found: set CHROMIUM_PATH, run \`npx playwright-core install chromium\`, or install Debian's (apt-get install chromium-headless-shell; .ci/run does this)`,
  );
}

/**
 * Whether `playwright-core install chromium` has installed this playwright-core's Chromium, and with
 * it the headless shell that Playwright launches for headless runs when given no executable.
 */
function playwrightsBrowsersInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Server {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** The full address of a site path ("/frameworks/"), with the configured base. */
  url: (sitePath: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on a free loopback port as a static host would, 404.html included: under the
 * configured base by default (or `base`), optionally adding headers (e.g. a Content-Security-Policy).
 */
export async function serveSite(dir: string, options: { base?: string; headers?: Record<string, string> } = {}): Promise<Server> {
  const base = options.base ?? BASE;
  const extra = Object.entries(options.headers ?? {});
  const files = sirv(dir, { dev: true, etag: false, setHeaders: (res) => extra.forEach(([k, v]) => res.setHeader(k, v)) });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...options.headers });
      res.end(readFileSync(join(dir, '404.html')));
    };
    if (!req.url?.startsWith(base)) return notFound();
    req.url = req.url.slice(base.length - 1);
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath) => `${origin}${base}${sitePath.replace(/^\//, '')}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const isLocal = (address: string) => !/^(https?|wss?):/.test(address) || LOOPBACK.has(new URL(address).hostname);

/**
 * A browser context that never reaches the network: requests to any other origin are recorded in
 * `offSite` and aborted, so a page that tries one fails the suite without sending it anywhere.
 */
export async function isolatedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; offSite: string[] }> {
  const context = await browser.newContext(options);
  const offSite: string[] = [];
  await context.route(
    (u) => !isLocal(u.href),
    (route) => {
      offSite.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, offSite };
}

/**
 * For a test file: a browser with one desktop-sized page (1280 × 900) in an isolated context, and a
 * server for the built site in dir, started before the file's tests and stopped after them.
 */
export function pageOnSite(dir: string): { page: Page; server: Server } {
  const site = {} as { page: Page; server: Server };
  let browser: Browser | undefined;
  beforeAll(async () => {
    [browser, site.server] = await Promise.all([launchBrowser(), serveSite(dir)]);
    const { context } = await isolatedContext(browser, { viewport: { width: 1280, height: 900 } });
    site.page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Opens a page and waits until it has settled for a reader: loaded (its scripts run), and on the
 * search page also its index (the page then hides its no-JavaScript message and shows the filter
 * section). Waiting for this, rather than for the network to fall silent for 500 ms, saves half a
 * second a page.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('[data-search-form]') || document.querySelector<HTMLElement>('[data-search-fallback]')?.hidden === true);
}

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on the layout, so on the window's width: the size and
 * spacing of targets, scrolling regions, and tables (on a phone, the wide ones are shown as one block
 * per row). The other rules read the markup alone. Contrast is not among them: it depends on the
 * colours, which the phone styles do not change (tests/browser/accessibility.test.ts checks that).
 */
export const PHONE_RULES = ['target-size', 'scrollable-region-focusable', 'td-has-header', 'td-headers-attr', 'th-has-data-cells'];

/** axe-core's browser build, put into a page by `axeViolations`. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's WCAG A/AA violations on a loaded page (or those of the given rules), one line per failing
 * element. axe is put into the page once (it stays until the page navigates) and asked only for its
 * violations: its own Playwright wrapper injects it again on every run and sends back every passing
 * and inapplicable element too, which took twice as long (55 s against 25 s for one page per template).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_AA_TAGS },
    resultTypes: ['violations'],
  };
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    const { violations } = await axe.run(document, options);
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
  }, options);
}

/** Widths no page may overflow: WCAG 1.4.10 reflow (1280 px at 400% zoom) and a common phone. */
export const PHONE_WIDTHS = [320, 375];

/** What one pass over pages found (see `visitPages`). */
export interface Visit<T> {
  /** Requests to another origin, what the Content-Security-Policy refused, script errors. */
  loading: PageProblem[];
  /** Pages wider than the window at one of the widths, which would make a reader scroll sideways. */
  overflow: PageProblem[];
  /** What `atEachWidth` found on each page, at 1280 px and at each of the widths. */
  onScreen: PageProblem[];
  /** What `read` returned for each page, by path. */
  read: Map<string, T>;
}

/**
 * Opens each page once in a 1280 px window, as a reader would, in a context that never reaches the
 * network, then narrows the window to each of `widths` in turn (CSS pixels), and records: what the
 * page fetches or tries to that it should not (a request to another origin, anything the
 * Content-Security-Policy refuses such as an inline script, a script error), at any of those widths;
 * whether it is wider than the window at each width (the document's scroll width against the
 * viewport's); what `atEachWidth` finds at 1280 px and at each width; and what `read` returns at the
 * last width. One pass for all of these, because loading a page costs more than any of them.
 */
export async function visitPages<T = never>(
  browser: Browser,
  server: Server,
  paths: string[],
  options: { widths?: number[]; javaScriptEnabled?: boolean; read?: (page: Page) => Promise<T>; atEachWidth?: (page: Page) => Promise<string[]> } = {},
): Promise<Visit<T>> {
  const { widths = [], javaScriptEnabled = true, read, atEachWidth } = options;
  const { context, offSite } = await isolatedContext(browser, { viewport: { width: 1280, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  const visit: Visit<T> = { loading: [], overflow: [], onScreen: [], read: new Map() };
  const check = async (path: string, width: number) => {
    if (atEachWidth) visit.onScreen.push(...(await atEachWidth(page)).map((problem) => ({ page: path, problem: `at ${width} px: ${problem}` })));
  };
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) visit.loading.push({ page: current, problem: m.text() });
  });
  page.on('pageerror', (e) => visit.loading.push({ page: current, problem: `script error: ${e.message}` }));
  try {
    for (const path of paths) {
      current = path;
      offSite.length = 0;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      await check(path, 1280);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await check(path, width);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) visit.overflow.push({ page: path, problem: `${scrollWidth}px wide in a ${innerWidth}px window` });
      }
      if (read) visit.read.set(path, await read(page));
      visit.loading.push(...offSite.map((u) => ({ page: path, problem: `request to another origin: ${u}` })));
    }
  } finally {
    await context.close();
  }
  return visit;
}
