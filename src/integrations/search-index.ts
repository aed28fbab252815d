/**
 * Builds the Pagefind search index after every `astro build`, from the HTML just written, into
 * <outDir>/pagefind/. Only pages that opt in (data-pagefind-body on <main>, see Base.astro) are
 * indexed; a page Pagefind cannot read fails the build rather than silently dropping out of search.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length) throw new Error(`Pagefind indexing failed:\n  ${problems.join('\n  ')}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          // The benchmark reads this line to time the search index apart from the Astro build.
          logger.info(`Indexed ${added.page_count} pages for search into ${written.outputPath} in ${seconds}s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
