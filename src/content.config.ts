/**
 * The content collections. Schemas live in src/schemas (one file per concept) so the
 * content check and the tests validate with exactly the same rules as the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas } from './schemas';
import type { ReferenceFn } from './schemas/common';
import { COLLECTION_FILES } from './lib/collections';

const schemas = makeSchemas(reference as unknown as ReferenceFn);

const collection = (name: keyof typeof COLLECTION_FILES) =>
  defineCollection({
    loader: glob({ pattern: COLLECTION_FILES[name].pattern, base: `./src/content/${COLLECTION_FILES[name].folder}` }),
    schema: schemas[name],
  });

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
