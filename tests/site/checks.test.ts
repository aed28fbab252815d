/**
 * The whole built site, page by page, without a browser: valid HTML, no broken internal link or
 * anchor, and the frame (h1, landmarks, skip link, table captions and scopes) on every page.
 * tests/site/mutations.test.ts proves each check fails when a page breaks.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import {
  brokenLinks,
  htmlErrors,
  pageTemplates,
  sitePaths,
  structureProblems,
  templateOf,
} from '../helpers/site-checks';

describe('the built site', () => {
  it('has a page for every page template in src/pages', () => {
    const templates = pageTemplates();
    // Redirect pages count: a template may build only redirects (charters/[charter].astro).
    const built = new Set(sitePaths(DIST).map((path) => templateOf(path, templates)));
    expect(templates.map((t) => t.source).filter((s) => !built.has(s))).toEqual([]);
  });

  it('is valid HTML on every page (html-validate, .htmlvalidate.mjs)', async () => {
    expect(sitePaths(DIST).length).toBeGreaterThan(0);
    expect(await htmlErrors(DIST)).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('keeps one h1, the landmarks, a skip link and described tables on every page', () => {
    expect(structureProblems(DIST)).toEqual([]);
  });
});
