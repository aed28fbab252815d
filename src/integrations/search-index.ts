/**
 * Builds the Pagefind search index after every `astro build`, from the HTML just written, into
 * <outDir>/pagefind/. Only pages that opt in (data-pagefind-body on <main>, see Base.astro) are
 * indexed, each as `separateBlocks` gives it (so snippets keep the spaces a reader sees between
 * fields); a page Pagefind cannot read fails the build rather than silently dropping out of search.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { separateBlocks } from '../lib/search/indexed-html';

/** The built pages that opt in to search, as paths relative to the site folder. */
async function indexedPages(site: string): Promise<{ sourcePath: string; content: string }[]> {
  const files = (await readdir(site, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
  );
  const pages = await Promise.all(
    files.map(async (sourcePath) => ({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') })),
  );
  return pages.filter((p) => p.content.includes('data-pagefind-body'));
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'charter-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = await indexedPages(site);
          const added = await Promise.all(
            pages.map((p) => index.addHTMLFile({ sourcePath: p.sourcePath, content: separateBlocks(p.content) })),
          );
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [
            ...errors,
            ...added.flatMap((a, i) => a.errors.map((e) => `${pages[i]!.sourcePath}: ${e}`)),
            ...written.errors,
          ];
          if (problems.length) throw new Error(`Pagefind indexing failed:\n  ${problems.join('\n  ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          // The benchmark reads this line to time the search index apart from the Astro build.
          logger.info(`Indexed ${pages.length} pages for search into ${written.outputPath} in ${seconds}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
