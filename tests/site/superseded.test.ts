/**
 * A superseded edition is flagged wherever a reader meets it: a banner on each of its pages (the
 * browser test tests/browser/on-screen.test.ts checks that it is drawn), "(superseded edition)" in
 * its search results' titles, and on the home page a sentence saying what superseded means there.
 */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { realCatalog } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';
import { contentPaths } from '../helpers/site-checks';

const catalog = realCatalog();
const frameworks = [...catalog.frameworks.values()];
const superseded = frameworks.filter((fw) => fw.data.status === 'superseded');
const ownPages = (id: string) => contentPaths(DIST).filter((path) => path.startsWith(paths.framework(id)));
const resultTitle = (path: string) =>
  page(path).querySelector('[data-pagefind-meta^="title"]')?.getAttribute('data-value');

describe('superseded editions', () => {
  it('the content has one to check', () => {
    expect(superseded.length).toBeGreaterThan(0);
  });

  it('each page of a superseded edition carries its banner; no page of an edition in force does', () => {
    for (const fw of frameworks) {
      for (const path of ownPages(fw.id)) {
        const banner = page(path).querySelector(`main [data-superseded="${fw.id}"]`);
        expect(Boolean(banner), `${path} has the banner`).toBe(fw.data.status === 'superseded');
        if (banner) expect(text(banner), path).toContain(fw.data.shortTitle);
      }
    }
  });

  it('says so in the title of each of its search results, and only there', () => {
    for (const fw of frameworks) {
      for (const path of ownPages(fw.id)) {
        const title = resultTitle(path);
        if (title === undefined || title === null) continue; // a page left out of search
        expect(title.endsWith('(superseded edition)'), `${path}: ${title}`).toBe(fw.data.status === 'superseded');
      }
    }
  });

  it('the home page says what superseded means wherever it lists one', () => {
    const items = page(paths.home()).querySelectorAll('main li');
    for (const fw of superseded) {
      const item = items.find((li) => li.querySelector(`a[href="${paths.framework(fw.id)}"]`));
      expect(item, `${fw.id} is listed`).toBeDefined();
      expect(text(item), fw.id).toMatch(/replaced this one/);
    }
  });
});
