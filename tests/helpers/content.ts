/** Loads the repository's real content once per test file, through the same schemas as the build. */
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { loadContent, type LoadedContent } from '../../src/lib/content-files';

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
