/**
 * The content editor's program (Decap CMS at /admin/): Decap's own prebuilt files, from the
 * `decap-cms` npm package's dist/ (the build Decap's documentation loads by script tag, React
 * included), served as this site's own files under /admin/decap/ instead of bundled by Vite. Bundling
 * decap-cms-app and React took about half of a build's CPU time at 1× and added 0.6 GB to its peak
 * memory (README, Performance); these files are already built, so a build only copies them.
 *
 * `astro dev` serves them from node_modules; `astro build` copies them into the folder being built
 * (before atomicOutput swaps it in, so this integration must come before it). The loader finds its
 * numbered chunks next to itself (webpack's automatic public path, from the script's own address),
 * so they load from this site under any `base` too.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { paths } from '../lib/common/urls';

const PACKAGE_DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/**
 * The files the editor loads: decap-cms.js, its numbered chunks, the WebAssembly they fetch (image
 * encoders), and the licence notice the script names. Not the source maps (30 MB nobody loads) nor
 * cms.js and its chunks (an older name for the same build).
 */
export const editorFiles = (): string[] =>
  readdirSync(PACKAGE_DIST).filter((name) =>
    /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name),
  );

export default function contentEditor(): AstroIntegration {
  return {
    name: 'charter-atlas:content-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = new Set(editorFiles());
        const serve = sirv(PACKAGE_DIST, { dev: true });
        // Mounted under the base: connect strips the prefix, so request.url is "/<file>".
        server.middlewares.use(
          `${server.config.base.replace(/\/$/, '')}${paths.adminEditor()}`,
          (request, response, next) => {
            const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
            if (files.has(name)) serve(request, response, next);
            else next();
          },
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), paths.adminEditor());
        mkdirSync(target, { recursive: true });
        const files = editorFiles();
        for (const name of files) copyFileSync(join(PACKAGE_DIST, name), join(target, name));
        logger.info(`Copied the content editor's ${files.length} prebuilt files to ${paths.adminEditor()}`);
      },
    },
  };
}
