/**
 * The browser suite's tools: a Chromium (found, or installed before the suite starts) driven by
 * playwright-core, a static server for a built site (dist/ or a mutated copy), and checks that take
 * any served site so the mutation tests can run exactly what the main tests run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { BASE, type PageProblem } from './site-checks';

/**
 * Debian's headless Chromium (package chromium-headless-shell): the browser without its windowing
 * parts, as Playwright itself uses for headless runs. It loads and lays out pages in about half the
 * time of the full browser in headless mode.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** Full Chromium builds a machine may already have (Debian's, Ubuntu's, Google's), used when no headless shell is there. */
export const INSTALLED_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** What finding and installing a browser asks of the machine; tests pass their own to check the order. */
export interface BrowserProbes {
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Where this playwright-core's own headless shell is (or would be) installed. */
  playwrightShell: () => string | undefined;
  /** Runs a command with a time limit; whether it succeeded. */
  run: (command: string, args: string[], timeoutMs: number) => boolean;
  /** Root on Debian or Ubuntu, where apt-get may install Debian's headless shell. */
  canApt: () => boolean;
  log: (message: string) => void;
}

const machine: BrowserProbes = {
  env: process.env,
  exists: existsSync,
  playwrightShell: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  run: (command, args, timeoutMs) => {
    const result = spawnSync(command, args, {
      stdio: 'inherit',
      timeout: timeoutMs,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return result.status === 0;
  },
  canApt: () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version'),
  log: (message) => console.log(message),
};

/**
 * A headless shell already there: `CHROMIUM_PATH` if set (which must exist), else Debian's, else
 * Playwright's own when `playwright-core install chromium-headless-shell` has put it in place.
 */
function headlessShell(probes: BrowserProbes): string | undefined {
  const configured = probes.env.CHROMIUM_PATH;
  if (configured) {
    if (!probes.exists(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return configured;
  }
  if (probes.exists(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  const playwrights = probes.playwrightShell();
  return playwrights && probes.exists(playwrights) ? playwrights : undefined;
}

const NO_CHROMIUM = `No Chromium found, and none could be installed: run \`npx playwright-core install chromium-headless-shell\`, install your system's Chromium (as root on Debian or Ubuntu: apt-get install chromium-headless-shell), or set CHROMIUM_PATH to a Chromium or Chrome executable`;

/**
 * The Chromium the browser tests drive, as found (nothing is installed here): a headless shell
 * (`headlessShell`), else a full Chromium already installed. Throws, saying how to get one, when
 * none is there.
 */
export function chromiumPath(probes: BrowserProbes = machine): string {
  const found = headlessShell(probes) ?? INSTALLED_CHROMIUMS.find(probes.exists);
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

/** How long each install step may take: a download of about 100 MB, or an apt-get run. */
export const INSTALL_TIMEOUT_MS = 300_000;

/**
 * Makes sure there is a Chromium for the browser tests, before they start (tests/browser/global-setup.ts),
 * so `npm test` on a fresh machine gets its own: a headless shell already there; else Playwright's
 * installer for its headless shell (laptops, GitHub's runners; where its download host is out of reach
 * it fails within its connection timeout); else a full Chromium already installed; else, as root on
 * Debian or Ubuntu, Debian's chromium-headless-shell with apt-get. Each install is bounded in time;
 * throws with what to do when all fail.
 */
export function ensureChromium(probes: BrowserProbes = machine): string {
  const shell = headlessShell(probes);
  if (shell) return shell;
  probes.log(
    "No headless Chromium found: installing Playwright's (npx playwright-core install chromium-headless-shell)",
  );
  const cli = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'cli.js');
  if (probes.run(process.execPath, [cli, 'install', 'chromium-headless-shell'], INSTALL_TIMEOUT_MS)) {
    const installed = headlessShell(probes);
    if (installed) return installed;
  }
  const full = INSTALLED_CHROMIUMS.find(probes.exists);
  if (full) return full;
  if (probes.canApt()) {
    probes.log("Installing Debian's headless Chromium (apt-get install chromium-headless-shell)");
    if (
      probes.run('apt-get', ['update', '-qq'], INSTALL_TIMEOUT_MS) &&
      probes.run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], INSTALL_TIMEOUT_MS)
    ) {
      const installed = headlessShell(probes);
      if (installed) return installed;
    }
  }
  throw new Error(NO_CHROMIUM);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
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
export async function serveSite(
  dir: string,
  options: { base?: string; headers?: Record<string, string> } = {},
): Promise<Server> {
  const base = options.base ?? BASE;
  const extra = Object.entries(options.headers ?? {});
  const files = sirv(dir, {
    dev: true,
    etag: false,
    setHeaders: (res) => extra.forEach(([k, v]) => res.setHeader(k, v)),
  });
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
export async function isolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; offSite: string[] }> {
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
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-search-form]') ||
      document.querySelector<HTMLElement>('[data-search-fallback]')?.hidden === true,
  );
}

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose outcome depends on the layout, so on the window's width: the size and
 * spacing of targets, scrolling regions, and tables (on a phone, the wide ones are shown as one block
 * per row). The other rules read the markup alone. Contrast is not among them: it depends on the
 * colours, which the phone styles do not change (tests/browser/accessibility.test.ts checks that).
 */
export const PHONE_RULES = [
  'target-size',
  'scrollable-region-focusable',
  'td-has-header',
  'td-headers-attr',
  'th-has-data-cells',
];

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
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const { violations } = await axe.run(document, options);
    return violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
      ),
    );
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
  options: {
    widths?: number[];
    javaScriptEnabled?: boolean;
    read?: (page: Page) => Promise<T>;
    atEachWidth?: (page: Page) => Promise<string[]>;
  } = {},
): Promise<Visit<T>> {
  const { widths = [], javaScriptEnabled = true, read, atEachWidth } = options;
  const { context, offSite } = await isolatedContext(browser, {
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled,
  });
  const page = await context.newPage();
  const visit: Visit<T> = { loading: [], overflow: [], onScreen: [], read: new Map() };
  const check = async (path: string, width: number) => {
    if (atEachWidth)
      visit.onScreen.push(
        ...(await atEachWidth(page)).map((problem) => ({ page: path, problem: `at ${width} px: ${problem}` })),
      );
  };
  let current = '';
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      visit.loading.push({ page: current, problem: m.text() });
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
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth)
          visit.overflow.push({ page: path, problem: `${scrollWidth}px wide in a ${innerWidth}px window` });
      }
      if (read) visit.read.set(path, await read(page));
      visit.loading.push(...offSite.map((u) => ({ page: path, problem: `request to another origin: ${u}` })));
    }
  } finally {
    await context.close();
  }
  return visit;
}
