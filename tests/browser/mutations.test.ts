/**
 * The browser checks catch what they claim to: each test breaks one page in a copy of dist/, serves
 * the copy, and runs the same check the suite runs on dist/ (tests/browser/accessibility.test.ts,
 * layout.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  isolatedContext,
  launchBrowser,
  PHONE_WIDTHS,
  serveSite,
  visitPages,
  type Server,
} from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { copySite, intoMain, mutatePage, templatePages } from '../helpers/site-checks';

/** A different real page for each mutation. */
const pages = templatePages(DIST).map((t) => t.path);
const pick = (i: number) => pages[i % pages.length]!;
const mutations = {
  axe: { path: pick(0), markup: '<img src="/no-alt.png">' },
  thirdParty: { path: pick(1), markup: '<img src="https://third-party.example/pixel.png" alt="">' },
  inlineScript: { path: pick(2), markup: '<script>document.title = "changed"</script>' },
  noPolicy: { path: pick(3), markup: '<link rel="stylesheet" href="https://third-party.example/site.css">' },
  overflow: { path: pick(4), markup: '<svg width="1000" height="10" aria-hidden="true"></svg>' },
};

let site: ReturnType<typeof copySite>;
let browser: Browser;
let server: Server;
beforeAll(async () => {
  site = copySite(DIST);
  for (const { path, markup } of Object.values(mutations)) mutatePage(site.dir, path, intoMain(markup));
  // Without its policy the page would fetch the stylesheet, so the request itself is caught.
  mutatePage(site.dir, mutations.noPolicy.path, (html) =>
    html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  );
  [browser, server] = await Promise.all([launchBrowser(), serveSite(site.dir)]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

describe('the browser checks fail on a broken page', () => {
  it('an image without a text alternative is an axe violation', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(server.url(mutations.axe.path));
    const violations = await axeViolations(page);
    await context.close();
    expect(violations.join('\n')).toMatch(/^image-alt \(critical\): img\b/m);
  });

  it('an image from another site is refused by the policy and reported', async () => {
    const problems = (await visitPages(browser, server, [mutations.thirdParty.path])).loading;
    expect(problems).toContainEqual({
      page: mutations.thirdParty.path,
      problem: expect.stringMatching(/third-party\.example.*Content Security Policy/),
    });
  });

  it('an inline script is refused by the policy and reported', async () => {
    const problems = (await visitPages(browser, server, [mutations.inlineScript.path])).loading;
    expect(problems).toContainEqual({
      page: mutations.inlineScript.path,
      problem: expect.stringMatching(/inline script/),
    });
  });

  it('a request to another origin is caught (and never sent) when no policy stops it', async () => {
    const problems = (await visitPages(browser, server, [mutations.noPolicy.path])).loading;
    expect(problems).toEqual([
      { page: mutations.noPolicy.path, problem: 'request to another origin: https://third-party.example/site.css' },
    ]);
  });

  it('content wider than a phone overflows at 320 and 375 px', async () => {
    const problems = (await visitPages(browser, server, [mutations.overflow.path, pick(5)], { widths: PHONE_WIDTHS }))
      .overflow;
    expect(problems.map((p) => p.page)).toEqual([mutations.overflow.path, mutations.overflow.path]);
    expect(problems[1]!.problem).toMatch(/in a 375px window$/);
  });
});
