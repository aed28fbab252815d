/**
 * public/ is guarded where Astro reads it (src/lib/content/public-files.ts has the rule): every
 * `astro build` and `astro dev` refuses to start while public/ holds a file the check refuses, and a
 * build fails, before atomicOutput swaps it in, when a public file has the address of a page or file
 * the build generates. Must come before atomicOutput in astro.config.mjs.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, type ContentProblem } from '../lib/content/problem-format';
import { publicCollisions, publicFiles } from '../lib/content/public-files';

export class PublicFilesError extends Error {
  override name = 'PublicFilesError';
}

const refuse = (problems: ContentProblem[]) => {
  // One line per file, in the check's format; the error's own stack says nothing about content.
  const error = new PublicFilesError(`${problems.map(formatProblem).join('\n')}\nThe files in public/ are refused: see CONTRIBUTING.md, "Images and public/".`);
  error.stack = error.message;
  throw error;
};

export default function publicFilesGuard(): AstroIntegration {
  let files: string[] = [];
  return {
    name: 'charter-atlas:public-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const found = publicFiles(fileURLToPath(config.root));
        if (found.problems.length) refuse(found.problems);
        files = found.files;
      },
      'astro:build:done': ({ pages }) => {
        const collisions = publicCollisions(files, pages.map((p) => `/${p.pathname}`));
        if (collisions.length) refuse(collisions);
      },
    },
  };
}
