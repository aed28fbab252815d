/**
 * The content tests read: the repository's live content (content tests, site tests) or the tests' own
 * frozen copy of it (unit tests, fixtures), each loaded once per worker through the same schemas as the build.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog';
import { loadContent, type LoadedContent } from '../../src/lib/content/files';
import type { Entry, Framework } from '../../src/lib/catalog/types';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The tests' own content: a frozen copy of src/content/ and sources/ (as on 2026-12-03) that tests
 * needing particular content (an exact line, a given standard) read and patch, so a publisher's edit
 * to the live content never turns a test about code red. Change it only with the tests that use it.
 */
export const FROZEN = join(ROOT, 'tests/fixtures/content');

/** A temporary copy of a content tree's src/content/ and sources/ (the frozen one unless given); the caller removes it. */
export function copyOfContent(from = FROZEN, prefix = 'charter-content-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(from, 'src/content'), join(root, 'src/content'), { recursive: true });
  cpSync(join(from, 'sources'), join(root, 'sources'), { recursive: true });
  return root;
}

const loaded = new Map<string, LoadedContent>();
const catalogs = new Map<string, Catalog>();
const contentAt = (root: string) => loaded.get(root) ?? loaded.set(root, loadContent(root)).get(root)!;
const catalogAt = (root: string) =>
  catalogs.get(root) ?? catalogs.set(root, buildCatalog(contentAt(root).entries)).get(root)!;

/** The live content (for content and site tests, which compare the site with it). */
export const realContent = (): LoadedContent => contentAt(ROOT);
export const realCatalog = (): Catalog => catalogAt(ROOT);
/** The frozen content (for unit tests that need particular content). */
export const frozenContent = (): LoadedContent => contentAt(FROZEN);
export const frozenCatalog = (): Catalog => catalogAt(FROZEN);

/** Whitespace and quote marks vary between a PDF's text and hand-entered content; compare without them. */
export const normalise = (text: string) =>
  text
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Every pair of the real frameworks, ids A–Z: the pair pages the site must build, worked out from the
 * content rather than by the site's own code. Holds only while every real framework is its charter's
 * only edition, which it checks.
 */
export function realFrameworkPairs(): [Entry<Framework>, Entry<Framework>][] {
  const frameworks = [...realCatalog().frameworks.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const charter = (f: Entry<Framework>) => f.data.charter ?? f.id;
  const editions = frameworks.filter(
    (f) => f.data.supersedes || frameworks.some((o) => o !== f && charter(o) === charter(f)),
  );
  if (editions.length > 0)
    throw new Error(
      `realFrameworkPairs assumes one edition per charter; ${editions.map((f) => f.id).join(', ')} share a charter`,
    );
  return frameworks.flatMap((a, i) => frameworks.slice(i + 1).map((b): [Entry<Framework>, Entry<Framework>] => [a, b]));
}
