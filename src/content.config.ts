/**
 * The content collections. Schemas live in src/schemas (one file per concept) so the
 * content check and the tests validate with exactly the same rules as the build.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob, type LoaderContext } from 'astro/loaders';
import { makeSchemas } from './schemas';
import type { ReferenceFn } from './schemas/common';
import { COLLECTIONS, COLLECTION_NAMES, collectionFolder, type CollectionName } from './schemas/collections';
import { entryFileProblem } from './lib/content/collection-files';
import { sourceFileProblem } from './lib/content/files';
import { citationsOf, keptSourceProblem } from './lib/content/kept-sources';

const schemas = makeSchemas(reference as unknown as ReferenceFn);

/** The check's message as Astro prints it: only the message, no stack trace of our own code. */
const refusal = (message: string) => Object.assign(new Error(message), { stack: '' });
const refuse = (message: string): never => {
  throw refusal(message);
};

/**
 * Every file in the folder reaches the loader (not only *.yaml), so a misnamed, misplaced or linked
 * file stops a plain `astro build` with the content check's own message instead of being skipped or
 * silently replacing another entry; a file the check cannot read as content (anchors and aliases,
 * a leading --- in YAML, TOML front matter, control or bidi characters, an MDX body past its bounds)
 * or whose data fails its schema stops it too, with the check's message, before its schema would
 * expand an alias bomb or the MDX parser stall on the body; a cited file that is not a kept copy
 * (src/lib/content/kept-sources.ts), in `source` or any of `sources`, stops it as well. The id is
 * the file name, never a `slug` field in the data.
 */
const collection = (name: CollectionName) => {
  const base = `./${collectionFolder(name)}`;
  const loader = glob({
    pattern: '**/*',
    base,
    generateId: ({ entry, base: baseUrl }) => {
      const absolute = fileURLToPath(new URL(encodeURI(entry), baseUrl));
      const fileProblem = entryFileProblem(name, entry, absolute);
      if (fileProblem) refuse(`${base.slice(2)}/${entry}: ${fileProblem}`);
      const readProblem = sourceFileProblem(absolute, name);
      if (readProblem) refuse(`${base.slice(2)}/${entry}:${readProblem}`);
      return entry.slice(0, -COLLECTIONS[name].extension.length);
    },
  });
  return defineCollection({
    loader: {
      ...loader,
      // The glob loader skips some files before generateId sees them, with a log line only: a name
      // with "#" or "?" (it reads the file by a URL that cuts the name there), a type it has no reader
      // for, a hidden file. So every file of the folder is checked first, as the check checks it.
      load: async (context: LoaderContext) => {
        const root = fileURLToPath(context.config.root);
        const folder = join(root, base);
        for (const entry of readdirSync(folder, { recursive: true }).map(String).sort()) {
          const fileProblem = entryFileProblem(name, entry.split(sep).join('/'), join(folder, entry));
          if (fileProblem) refuse(`${base.slice(2)}/${entry.split(sep).join('/')}: ${fileProblem}`);
        }
        await loader.load(context);
        // A page lists "Copy kept with this site" for every cited file: each must be a kept copy.
        for (const entry of context.store.values()) {
          for (const { path, source } of citationsOf(entry.data as Parameters<typeof citationsOf>[0])) {
            const sourceProblem = source.file === undefined ? undefined : keptSourceProblem(source.file, root);
            if (sourceProblem) refuse(`${entry.filePath ?? entry.id} ${path}.file: ${sourceProblem}`);
          }
        }
      },
    },
    schema: schemas[name],
  });
};

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as Record<
  CollectionName,
  ReturnType<typeof collection>
>;
