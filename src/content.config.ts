/**
 * The content collections. Schemas live in src/schemas (one file per concept) so the
 * content check and the tests validate with exactly the same rules as the build.
 */
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas } from './schemas';
import type { ReferenceFn } from './schemas/common';
import { COLLECTION_FILES, entryFileProblem, type CollectionKey } from './lib/content/collections';
import { sourceFileProblem } from './lib/content/files';

const schemas = makeSchemas(reference as unknown as ReferenceFn);

/**
 * Every file in the folder reaches the loader (not only *.yaml), so a misnamed, misplaced or linked
 * file stops a plain `astro build` with the content check's own message instead of being skipped or
 * silently replacing another entry; a file the check cannot read as content (anchors and aliases,
 * a leading --- in YAML, TOML front matter, control or bidi characters, an MDX body past its bounds)
 * or whose data fails its schema stops it too, with the check's message, before its schema would
 * expand an alias bomb or the MDX parser stall on the body. The id is the file name, never a `slug` field in the data.
 */
/** The check's message as Astro prints it: only the message, no stack trace of our own code. */
const refusal = (message: string) => Object.assign(new Error(message), { stack: '' });

const collection = (name: CollectionKey) => {
  const base = `./src/content/${COLLECTION_FILES[name].folder}`;
  return defineCollection({
    loader: glob({
      pattern: '**/*',
      base,
      generateId: ({ entry, base: baseUrl }) => {
        const absolute = fileURLToPath(new URL(encodeURI(entry), baseUrl));
        const fileProblem = entryFileProblem(name, entry, absolute);
        if (fileProblem) throw refusal(`${base.slice(2)}/${entry}: ${fileProblem}`);
        const readProblem = sourceFileProblem(absolute, name);
        if (readProblem) throw refusal(`${base.slice(2)}/${entry}:${readProblem}`);
        return entry.slice(0, -COLLECTION_FILES[name].extension.length);
      },
    }),
    schema: schemas[name],
  });
};

export const collections = {
  regions: collection('regions'),
  organisations: collection('organisations'),
  frameworks: collection('frameworks'),
  costs: collection('costs'),
  benefits: collection('benefits'),
  councils: collection('councils'),
  strategies: collection('strategies'),
  actionPlans: collection('actionPlans'),
  topics: collection('topics'),
  mappings: collection('mappings'),
  register: collection('register'),
};
