/**
 * public/ is guarded where Astro reads it (src/lib/content/public-files.ts has the rule): every
 * `astro build` and `astro dev` refuses to start while public/ holds a file the check refuses, the dev
 * server refuses to serve one added later, and a build fails, before atomicOutput swaps it in, when a
 * public file has the address of a page or file the build generates. Must come before atomicOutput
 * in astro.config.mjs.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, type ContentProblem } from '../lib/content/problem-format';
import { PUBLIC_FOLDER, publicCollisions, publicEntryProblem, publicFiles } from '../lib/content/public-files';

export class PublicFilesError extends Error {
  override name = 'PublicFilesError';
}

/** Why the public/ file a dev-server request for `url` would get may not be served, or undefined (also when it is no public file). */
function servedProblem(root: string, base: string, url: string): ContentProblem | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const relative = path.slice(base.length).replace(/\/+$/, '');
  const absolute = join(root, PUBLIC_FOLDER, relative);
  if (!relative || relative.split('/').includes('..') || !lstatSync(absolute, { throwIfNoEntry: false }))
    return undefined;
  const message = publicEntryProblem(relative, absolute);
  return message === undefined
    ? undefined
    : { file: `${PUBLIC_FOLDER}/${relative}`, line: 1, column: 1, path: 'file', message, severity: 'error' };
}

const refuse = (problems: ContentProblem[]) => {
  // One line per file, in the check's format; the error's own stack says nothing about content.
  const error = new PublicFilesError(
    `${problems.map(formatProblem).join('\n')}\nThe files in public/ are refused: see CONTRIBUTING.md, "Images and public/".`,
  );
  error.stack = error.message;
  throw error;
};

export default function publicFilesGuard(): AstroIntegration {
  let files: string[] = [];
  let root = '';
  let base = '/';
  return {
    name: 'charter-atlas:public-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.replace(/\/?$/, '/');
        const found = publicFiles(root);
        if (found.problems.length) refuse(found.problems);
        files = found.files;
      },
      // A file added to public/ while `astro dev` runs (an upload through `npm run cms`) is not served
      // when the rule refuses it. Runs before Vite's own middleware, which serves public/.
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const problem = servedProblem(root, base, request.url ?? '/');
          if (!problem) return next();
          logger.error(formatProblem(problem));
          response.statusCode = 403;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(`${formatProblem(problem)}\n`);
        });
      },
      'astro:build:done': ({ pages }) => {
        const collisions = publicCollisions(
          files,
          pages.map((p) => `/${p.pathname}`),
        );
        if (collisions.length) refuse(collisions);
      },
    },
  };
}
