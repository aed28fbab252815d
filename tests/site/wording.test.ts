/**
 * Public wording. Wording from data, never from one region: a framework page (and the frameworks
 * index) says "minimum of" or "not listed in the source" only where that framework's own content
 * says so. Plain words: no page shows the data model's ids, paths or terms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { normalise, realCatalog, ROOT } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';
import { contentPaths } from '../helpers/site-checks';

const PHRASES = ['minimum of', 'not listed in the source'];
const catalog = realCatalog();
const contentOf = (id: string) => normalise(readFileSync(join(ROOT, catalog.frameworks.get(id)!.filePath!), 'utf8'));

describe("one region's words on another's framework", () => {
  for (const id of catalog.frameworks.keys()) {
    it(`the ${id} page uses these phrases only where its content does`, () => {
      const main = normalise(text(page(paths.framework(id)).querySelector('main')));
      for (const phrase of PHRASES) {
        if (main.includes(phrase)) expect(contentOf(id), `${id} page says "${phrase}"`).toContain(phrase);
      }
    });
  }

  it('the frameworks index says them of no framework whose content does not', () => {
    for (const li of page(paths.frameworks()).querySelectorAll('main li')) {
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      const id = [...catalog.frameworks.keys()].find((f) => href.endsWith(paths.framework(f)));
      if (!id) continue;
      for (const phrase of PHRASES) if (normalise(text(li)).includes(phrase)) expect(contentOf(id)).toContain(phrase);
    }
  });

  it('still finds the phrase where the content says it (East Midlands)', () => {
    expect(normalise(text(page(paths.framework('east-midlands')).querySelector('main')))).toContain('minimum of');
  });
});

/**
 * Words a reader should never meet: the data model's terms and ids, "(s)" plurals, internal counts, a
 * relationship shown as a symbol or a set-theory name, the pair sentence of old. Checked on the text
 * of every page (what a reader sees, title and headings included), not on the code that writes it.
 */
const INTERNAL_WORDS: [RegExp, string][] = [
  [/Standard id\b/, 'an id label'],
  [/\b[a-z]+(-[a-z]+)*\/\d+(\.\d+)*\b/, 'a standard id such as east-midlands/2.9'],
  [/[a-z]\(s\)/, 'an "(s)" plural'],
  [/\b\d+ holding\b|\bon the way\b/, 'an internal count'],
  [/likely owner, attributed/, "the owner's certainty field"],
  [/\bis ~|overlap not determined/, 'the old pair sentence'],
  [/\b(Equal|Subset|Superset|Intersects):/, 'a set-theory relationship name'],
  [/\b(src\/content|sources)\/[\w.-]+/, 'a file path'],
];
/** The self-assessment's "publish your plan" part names the files it writes (another change rewords it). */
const NAMES_FILES = (path: string) => path.endsWith('/self-assessment/');

describe('plain words on every page', () => {
  const pages = contentPaths(DIST).filter((path) => !path.endsWith('.xml'));
  it('has pages to read', () => expect(pages.length).toBeGreaterThan(50));

  it('no page shows an id, a file path, an "(s)" plural or the data model\'s words', () => {
    const found: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      const words = text(doc.querySelector('body'));
      for (const [pattern, what] of INTERNAL_WORDS) {
        if (what === 'a file path' && NAMES_FILES(path)) continue;
        const match = words.match(pattern);
        if (match) found.push(`${path}: ${what}: "${match[0]}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every relationship is named in words first (Same as, Covers part of, Covers more than, Overlaps)', () => {
    const labels = contentPaths(DIST).flatMap((path) =>
      page(path)
        .querySelectorAll('.relation')
        .map((el) => text(el)),
    );
    expect(labels.length).toBeGreaterThan(0);
    // A standard against its topic (a symbol may follow), or one standard against another in a sentence.
    const words = new Set([
      'Same as the topic',
      'Covers part of the topic',
      'Covers more than the topic',
      'Overlaps the topic',
      'On the topic (how far is not recorded)',
      'is the same as',
      'is narrower than',
      'is broader than',
      'overlaps',
      'is on the same topic as',
    ]);
    for (const label of new Set(labels)) expect(words.has(label.replace(/\s+[=⊂⊃∩~]$/, '')), label).toBe(true);
  });

  it('a source kept with the site is cited by a link that opens it', () => {
    const cited = contentPaths(DIST).flatMap((path) =>
      page(path)
        .querySelectorAll('.source a[href*="/sources/"]')
        .map((a) => a.getAttribute('href')!),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const href of new Set(cited)) {
      const file = join(DIST, href.replace(/^\/+/, ''));
      expect(existsSync(file), href).toBe(true);
    }
  });
});
