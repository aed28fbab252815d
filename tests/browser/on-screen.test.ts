/**
 * What the screen shows, not only what the HTML holds: the topic matrix's filter hides rows and
 * columns (through CSS alone), muted and warning text are drawn in their own colours, and every page
 * of a superseded edition shows its banner where a reader starts reading.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { crosswalkOf } from '../../src/lib/crosswalk/crosswalk';
import { paths } from '../../src/lib/common/urls';
import { pageOnSite } from '../helpers/browser';
import { realCatalog } from '../helpers/content';
import { DIST } from '../helpers/dist';
import { contentPaths } from '../helpers/site-checks';

const site = pageOnSite(DIST);
const catalog = realCatalog();

/** Whether each element matching `selector` is drawn (takes up room on the screen). */
const shown = (page: Page, selector: string): Promise<boolean[]> =>
  page.$$eval(selector, (els) => els.map((el) => el.getClientRects().length > 0));

describe('the topic matrix on /compare/', () => {
  it('shows only the topics with a gap when that choice is made, and all again after', async () => {
    const { page, server } = site;
    await page.goto(server.url(paths.compare()));
    const rows = await page.$$eval('.matrix tbody tr', (trs) => trs.map((tr) => tr.hasAttribute('data-gap')));
    expect(rows.filter(Boolean).length, 'some topics have a gap').toBeGreaterThan(0);
    expect(rows.filter((gap) => !gap).length, 'some topics have none').toBeGreaterThan(0);
    expect(await shown(page, '.matrix tbody tr')).toEqual(rows.map(() => true));
    await page.getByLabel('Only topics with a gap').check();
    expect(await shown(page, '.matrix tbody tr')).toEqual(rows);
    await page.getByLabel('All topics').check();
    expect(await shown(page, '.matrix tbody tr')).toEqual(rows.map(() => true));
  });

  it("hides a framework's column, heading and cells, when its box is unticked", async () => {
    const { page, server } = site;
    await page.goto(server.url(paths.compare()));
    const [first, second] = crosswalkOf(catalog).frameworks;
    await page.locator('.col-toggles label').filter({ hasText: first!.data.shortTitle }).locator('input').uncheck();
    expect(await shown(page, `.matrix [data-framework="${first!.id}"]`)).not.toContain(true);
    expect(await shown(page, `.matrix [data-framework="${second!.id}"]`)).not.toContain(false);
    expect(await shown(page, '.matrix tbody th')).not.toContain(false);
  });
});

describe('colours', () => {
  /** The colour an element is drawn in, and the colour a custom property of the page names, both as the browser computes them. */
  const colours = (page: Page, selector: string, property: string) =>
    page.evaluate(
      ([selector, property]) => {
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(document.documentElement).getPropertyValue(property);
        document.body.append(probe);
        const expected = getComputedStyle(probe).color;
        probe.remove();
        const element = document.querySelector(selector);
        return {
          expected,
          text: getComputedStyle(document.body).color,
          actual: element && getComputedStyle(element).color,
        };
      },
      [selector, property] as const,
    );

  const withRationale = [...catalog.standards.keys()]
    .flatMap((id) => crosswalkOf(catalog).topicsOf(id))
    .find((link) => link.rationale)!;
  it.each([
    [paths.compare(), '.coverage--not-covered', '--warning'],
    [paths.compare(), '.coverage--no-standards', '--muted'],
    [paths.topic(withRationale.topic.id), '.rationale', '--muted'],
    [paths.topic(withRationale.topic.id), '.muted', '--muted'],
  ])('on %s, %s text is drawn in %s, not in the body text colour', async (path, selector, property) => {
    const { page, server } = site;
    await page.goto(server.url(path));
    const { expected, text, actual } = await colours(page, selector, property);
    expect(actual, `${selector} is on the page`).not.toBeNull();
    expect(expected).not.toBe(text);
    expect(actual).toBe(expected);
  });
});

describe('superseded editions', () => {
  const superseded = [...catalog.frameworks.values()]
    .filter((fw) => fw.data.status === 'superseded')
    .map((fw) => fw.id);
  /** Every page of a superseded edition: its own pages under /frameworks/<id>/ and each pair page comparing it. */
  const pages = contentPaths(DIST).filter((path) =>
    superseded.some(
      (id) => path.startsWith(paths.framework(id)) || new RegExp(`^/compare/([^/]+/)?${id}/([^/]+/)?$`).test(path),
    ),
  );

  it('has pages to check: the edition, its standards, costs or self-assessment, and pair pages', () => {
    expect(superseded.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.startsWith('/compare/')).length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.includes('/standards/')).length).toBeGreaterThan(0);
  });

  it('shows the banner on each of them, in the first screen at 1280 px, naming the edition', async () => {
    const { page, server } = site;
    const missing: string[] = [];
    for (const path of pages) {
      await page.goto(server.url(path));
      const banners = await page.$$eval('[data-superseded]', (els) =>
        els.map((el) => ({
          id: el.getAttribute('data-superseded'),
          top: el.getBoundingClientRect().top,
          drawn: el.getClientRects().length > 0,
          text: (el as HTMLElement).innerText,
        })),
      );
      for (const id of superseded.filter((s) => path.startsWith(paths.framework(s)) || path.includes(`/${s}/`))) {
        const banner = banners.find((b) => b.id === id);
        const name = catalog.frameworks.get(id)!.data.shortTitle;
        if (!banner?.drawn || banner.top > 900 || !banner.text.includes(name))
          missing.push(
            `${path}: ${banner ? `banner at ${Math.round(banner.top)} px: ${banner.text.slice(0, 60)}` : 'no banner'}`,
          );
      }
    }
    expect(missing).toEqual([]);
  }, 120_000);
});
