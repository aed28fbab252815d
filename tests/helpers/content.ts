/** Loads the repository's real content once per test file, through the same schemas as the build. */
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog';
import { loadContent, type LoadedContent } from '../../src/lib/content/files';
import type { Entry, Framework } from '../../src/lib/catalog/types';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let loaded: LoadedContent | undefined;
export function realContent(): LoadedContent {
  return (loaded ??= loadContent(ROOT));
}

let catalog: Catalog | undefined;
export function realCatalog(): Catalog {
  return (catalog ??= buildCatalog(realContent().entries));
}

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
  const editions = frameworks.filter((f) => f.data.supersedes || frameworks.some((o) => o !== f && charter(o) === charter(f)));
  if (editions.length > 0) throw new Error(`realFrameworkPairs assumes one edition per charter; ${editions.map((f) => f.id).join(', ')} share a charter`);
  return frameworks.flatMap((a, i) => frameworks.slice(i + 1).map((b): [Entry<Framework>, Entry<Framework>] => [a, b]));
}
