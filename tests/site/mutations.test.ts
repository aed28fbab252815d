/**
 * The site checks catch what they claim to: each test breaks one page in a copy of dist/ and runs the
 * same check tests/site/checks.test.ts runs on dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import {
  brokenLinks,
  contentPaths,
  copySite,
  htmlErrors,
  intoMain,
  isEditorPage,
  mutatePage,
  sitePaths,
  structureProblems,
  templatePages,
} from '../helpers/site-checks';

let site: ReturnType<typeof copySite>;
beforeAll(() => {
  site = copySite(DIST);
});
afterAll(() => site?.remove());

/** A different real page for each mutation, so each test sees only its own breakage. */
const pages = templatePages(DIST).map((t) => t.path);
const pick = (i: number) => pages[i % pages.length]!;

describe('the site checks fail on a broken page', () => {
  it('an invalid element (a paragraph inside a list) fails html-validate', async () => {
    const path = pick(0);
    mutatePage(site.dir, path, intoMain('<ul><p>Not a list item</p></ul>'));
    const errors = (await htmlErrors(site.dir)).filter((e) => e.page === path);
    expect(errors.map((e) => e.problem).join('\n')).toMatch(/element-permitted-content/);
  });

  it('a link to a page that does not exist is broken', () => {
    const path = pick(1);
    mutatePage(site.dir, path, intoMain('<p><a href="/no-such-page/">gone</a></p>'));
    expect(brokenLinks(site.dir)).toContainEqual({ page: path, problem: '/no-such-page/: no such page or file' });
  });

  it('a link to a missing anchor on a real page is broken', () => {
    const path = pick(2);
    mutatePage(site.dir, path, intoMain('<p><a href="/#no-such-anchor">gone</a></p>'));
    expect(brokenLinks(site.dir)).toContainEqual({
      page: path,
      problem: '/#no-such-anchor: the page has no element with id "no-such-anchor"',
    });
  });

  it('a second h1 and a table without caption or scopes break the page frame', () => {
    const path = pick(3);
    mutatePage(
      site.dir,
      path,
      intoMain('<h1>Another title</h1><table><tr><th>Head</th></tr><tr><td>Cell</td></tr></table>'),
    );
    const problems = structureProblems(site.dir)
      .filter((p) => p.page === path)
      .map((p) => p.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        '2 h1 elements (expected 1)',
        expect.stringMatching(/has no caption/),
        expect.stringMatching(/"Head" has no scope/),
      ]),
    );
  });

  it('a redirect page without a language, or sending readers to a missing page with no link there, fails', () => {
    const content = new Set(contentPaths(DIST));
    const path = sitePaths(DIST).find((p) => !content.has(p) && !isEditorPage(p))!;
    expect(path, 'the site has a redirect page').toBeDefined();
    mutatePage(site.dir, path, (html) =>
      html.replace(/ lang="[^"]*"/, '').replace(/(http-equiv="refresh" content="0; url=)[^"]*/, '$1/no-such-page/'),
    );
    expect(
      structureProblems(site.dir)
        .filter((p) => p.page === path)
        .map((p) => p.problem),
    ).toEqual(['html has no lang', 'the redirect page has no link to /no-such-page/']);
    expect(brokenLinks(site.dir)).toContainEqual({ page: path, problem: '/no-such-page/: no such page or file' });
  });
});
