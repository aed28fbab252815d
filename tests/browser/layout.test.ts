/**
 * What a reader sees on a phone, on a desktop and with JavaScript off, and what pages load: no
 * sideways scrolling at 320 px (400% zoom) and 375 px, complete pages without JavaScript, and nothing
 * fetched from another origin or refused by the Content-Security-Policy. Layout and loading are a
 * template's doing, so they are checked on one page per template (the largest it built, and one
 * redirect page of each template that builds redirects), not on all of them. Each page is loaded once
 * with JavaScript and once without, and every check reads that visit (tests/helpers/browser.ts,
 * visitPages). With SCREENSHOTS=1, screenshots of every template at 375 px and 1280 px go to
 * tests/artifacts/screenshots/ (git-ignored, for people to look at; taking them checks nothing, so
 * they are not taken by default).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  isolatedContext,
  launchBrowser,
  PHONE_WIDTHS,
  serveSite,
  visitPages,
  type Server,
  type Visit,
} from '../helpers/browser';
import { ROOT } from '../helpers/content';
import { DIST } from '../helpers/dist';
import { contentPaths, sitePaths, templateOf, templatePages } from '../helpers/site-checks';

/**
 * Templates whose interactive part needs JavaScript, so the page differs without it: the search page
 * runs Pagefind in the browser (without it, it points to the browse pages); the self-assessment
 * recorder becomes a printable blank form (tests/browser/self-assessment.test.ts checks that).
 */
const NEEDS_JAVASCRIPT = /^(search(\/index)?|frameworks\/\[framework\]\/self-assessment)\.astro$/;
const SCREENSHOTS = join(ROOT, 'tests/artifacts/screenshots');
/** One content page per template (redirect pages leave at once, so there is no layout to measure). */
const templates = templatePages(DIST);
/** And for loading: that page, and one redirect page of each template that builds redirects. */
const content = new Set(contentPaths(DIST));
const redirects = sitePaths(DIST).filter((path) => !content.has(path));
const onePerTemplate = [
  ...templates.map((t) => t.path),
  ...redirects.filter((path, i) => redirects.findIndex((p) => templateOf(p) === templateOf(path)) === i),
];
let browser: Browser;
let server: Server;

/** What a reader relies on in a page's main content, compared with and without JavaScript. */
interface MainContent {
  h1: number;
  main: string;
  links: number;
}
const readMain = (page: Page): Promise<MainContent> =>
  page.evaluate(() => ({
    h1: document.querySelectorAll('main h1').length,
    main: (document.querySelector('main') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '',
    links: document.querySelectorAll('main a[href]').length,
  }));

/**
 * Every text holding a figure (a £ or a digit) that a reader cannot see where it is drawn: outside
 * the window, or outside a box that clips or scrolls its content (a table in a scroll region whose
 * column is beyond the edge). Text that is not drawn at all (display: none, a closed <details>, the
 * print-only address) is hidden on purpose and left out, and so is text clipped to nothing for screen
 * readers alone (clip-path: .visually-hidden, a stacked table's header row on a phone).
 */
const figuresOutOfView = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const problems: string[] = [];
    const windowWidth = document.documentElement.clientWidth;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.textContent!.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement!;
      if (!/[£\d]/.test(words)) continue;
      const boxes: DOMRect[] = [];
      let forScreenReaders = false;
      for (let el: Element | null = parent; el && el !== document.documentElement; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.clipPath !== 'none') forScreenReaders = true;
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') boxes.push(el.getBoundingClientRect());
      }
      if (forScreenReaders) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const hidden = rects.find(
        (r) =>
          r.left < -1 ||
          r.right > windowWidth + 1 ||
          boxes.some(
            (b) => r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1,
          ),
      );
      if (hidden)
        problems.push(
          `"${words.slice(0, 50)}" (in <${parent.localName}>) is drawn at ${Math.round(hidden.left)}–${Math.round(hidden.right)} px, out of view`,
        );
    }
    return problems;
  });

/** Each template's page visited with and without JavaScript, and each redirect page: one load each for every check below. */
let withScripts: Visit<MainContent>;
let withoutScripts: Visit<MainContent>;
let redirectPages: Visit<never>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(DIST)]);
  const paths = templates.map((t) => t.path);
  withScripts = await visitPages(browser, server, paths, {
    widths: PHONE_WIDTHS,
    read: readMain,
    atEachWidth: figuresOutOfView,
  });
  withoutScripts = await visitPages(browser, server, paths, {
    widths: PHONE_WIDTHS,
    javaScriptEnabled: false,
    read: readMain,
  });
  redirectPages = await visitPages(
    browser,
    server,
    onePerTemplate.filter((path) => !paths.includes(path)),
  );
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('one page of every template', () => {
  it('covers every template in src/pages that builds an HTML page', () => {
    expect(templates.length).toBeGreaterThanOrEqual(20);
    expect(redirects.length, 'the site has redirect pages').toBeGreaterThan(0);
    expect(onePerTemplate.length).toBeGreaterThan(templates.length);
  });

  it('fits a 320 px (400% zoom) and a 375 px (phone) wide window without scrolling sideways, with and without JavaScript', () => {
    expect(withScripts.read.size).toBe(templates.length);
    expect([...withScripts.overflow, ...withoutScripts.overflow]).toEqual([]);
  });

  it('shows every figure (£, digits) in view, none clipped or off screen, at 1280, 375 and 320 px', () => {
    expect(withScripts.onScreen).toEqual([]);
  });

  it('loads nothing from another origin and nothing the Content-Security-Policy refuses, at any width', () => {
    expect([...withScripts.loading, ...withoutScripts.loading, ...redirectPages.loading]).toEqual([]);
  });

  it('carries the Content-Security-Policy: only this site, no inline script or style', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(server.url('/'));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    await context.close();
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      expect(directives.get(name), name).toContain("'self'");
      expect(
        directives.get(name)!.filter((v) => !/^'(self|wasm-unsafe-eval)'$/.test(v)),
        `${name} allows only this site`,
      ).toEqual([]);
    }
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe.runIf(process.env.SCREENSHOTS)('screenshots of every template (SCREENSHOTS=1)', () => {
  it.each([375, 1280])(
    'at %i px',
    async (width) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const { context } = await isolatedContext(browser, { viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const { template, path } of templates) {
        await page.goto(server.url(path));
        const file = join(SCREENSHOTS, `${template.replace(/\.\w+$/, '').replace(/[^\w-]+/g, '_')}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    },
    120_000,
  );
});

describe('with JavaScript off', () => {
  it('every template has its heading and content, and all but the interactive ones (search, self-assessment) the same content', () => {
    for (const { template, path } of templates) {
      const without = withoutScripts.read.get(path)!;
      expect(without.h1, `${path} has its heading without JavaScript`).toBe(1);
      expect(without.main.length, `${path} has content without JavaScript`).toBeGreaterThan(0);
      if (NEEDS_JAVASCRIPT.test(template)) continue;
      expect(without, `${path} is the same without JavaScript`).toEqual(withScripts.read.get(path));
    }
  });
});
