/**
 * Atomic builds (src/integrations/atomic-output.ts): a plain `astro build` that fails, whether at the
 * last step (the search index, after every page is written) or at the first (two content files with one
 * id), leaves the previous dist/ exactly as it was, file for file. The previous dist/ is the one
 * `npm test` built from this same content (copied, rather than built a second time).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { applyEdits } from '../helpers/fixtures';
import { exec, projectCopyWith } from '../helpers/site-copy';

const copy = projectCopyWith([]);
const dist = join(copy, 'dist');
const build = () => exec(copy, 'astro', ['build']);

/** Every file under dist/ with a hash of its bytes. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .map((f) => [relative(dist, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

const INDEX_LINE = 'logger.info(`Indexed ${pages.length} pages';
const FAILING_INDEX = "throw new Error('search index failed on purpose');\n          " + INDEX_LINE;

describe('a failed build', () => {
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  let before: Record<string, string>;

  it('starts from a complete site, which a successful build left without its partial folder', () => {
    expect(existsSync(`${DIST}.partial`), 'npm run build left dist.partial/ behind').toBe(false);
    cpSync(DIST, dist, { recursive: true });
    before = snapshot();
    expect(Object.keys(before)).toContain('index.html');
    expect(Object.keys(before)).toContain('pagefind/pagefind.js');
    expect(Object.keys(before).length).toBeGreaterThan(200);
  });

  it('leaves the previous dist/ intact when the search index fails after every page was written', () => {
    applyEdits(copy, [
      {
        file: 'src/content/frameworks/lga.mdx',
        replace: 'The LGA sets out the values',
        with: 'A sentence only the new build has.\n\nThe LGA sets out the values',
      },
      { file: 'src/integrations/search-index.ts', replace: INDEX_LINE, with: FAILING_INDEX },
    ]);
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain('search index failed on purpose');
    // The new pages were written (into dist.partial/), yet none of them reached dist/.
    expect(readFileSync(join(`${dist}.partial`, 'frameworks/lga/index.html'), 'utf8')).toContain(
      'A sentence only the new build has',
    );
    expect(snapshot()).toEqual(before);
  }, 240_000);

  it('fails on a stray file that Astro would read as a second Harrow (harrow~.yaml), leaving the previous dist/ intact', () => {
    applyEdits(copy, [
      { file: 'src/integrations/search-index.ts', replace: FAILING_INDEX, with: INDEX_LINE },
      {
        file: 'src/content/councils/harrow~.yaml',
        copy: 'src/content/councils/harrow.yaml',
        replace: 'name: ',
        with: 'name: Not ',
      },
    ]);
    const { status, output } = build();
    expect(status).not.toBe(0);
    // Refused by the collection's file rules before Astro could read it as a duplicate id.
    expect(output).toContain(
      'src/content/councils/harrow~.yaml: a file name uses only lower-case letters a-z, digits and hyphens',
    );
    expect(snapshot()).toEqual(before);
  }, 240_000);
});
