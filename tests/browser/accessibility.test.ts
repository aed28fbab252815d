/**
 * WCAG 2.2 AA in a real browser: axe on one page of every template (found from src/pages, so new
 * pages join in); keyboard use is in keyboard.test.ts, a file of its own so the two run side by side.
 * All of axe's WCAG rules run on a desktop; on a phone, only the rules whose outcome depends on the
 * layout (PHONE_RULES) run again, as the rest read the markup, which is the same at every width, and
 * contrast reads the colours, which the phone styles must leave alone (checked below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openSettled, pageOnSite, PHONE_RULES } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { templatePages } from '../helpers/site-checks';

const templates = templatePages(DIST);
const site = pageOnSite(DIST);

/** Opens a page as a reader then uses it (the search page with its index loaded). */
const open = (path: string) => openSettled(site.page, site.server.url(path));

describe('the phone styles', () => {
  it('change no colour, so contrast checked on a desktop holds on a phone', () => {
    const dir = join(DIST, '_astro');
    const css = readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // Every @media block but print (paper is not a screen), with its nested braces.
    const blocks: string[] = [];
    for (const m of css.matchAll(/@media([^{]*)\{/g)) {
      if (/^\s*print\s*$/.test(m[1]!)) continue;
      let depth = 1;
      let i = m.index! + m[0].length;
      for (; depth > 0 && i < css.length; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
      blocks.push(css.slice(m.index!, i));
    }
    expect(blocks.length, 'the site has phone styles').toBeGreaterThan(0);
    expect(
      blocks.filter((b) =>
        /(^|[{;\s])(color|background[\w-]*|opacity|filter|mix-blend-mode|-webkit-text-fill-color)\s*:/.test(b),
      ),
    ).toEqual([]);
  });
});

describe.each(templates)('$template ($path)', ({ path }) => {
  it('has no WCAG 2.0/2.1/2.2 A or AA violations (axe) on a desktop, nor layout-dependent ones on a phone', async () => {
    const { page } = site;
    await open(path);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page), 'at 1280 px').toEqual([]);
    await page.setViewportSize({ width: 375, height: 900 });
    expect(await axeViolations(page, PHONE_RULES), 'at 375 px').toEqual([]);
  });
});
