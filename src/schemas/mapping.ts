import { z } from 'astro/zod';
import { text } from './common';
import { standardReference } from './framework';
import type { ReferenceFn } from './common';

/**
 * How a standard relates to a topic, from NIST IR 8477's set-theory relationships, read as
 * "the standard is … the topic":
 * `equal` covers exactly the topic; `subset-of` covers part of it; `superset-of` covers all of it
 * and more; `intersects-with` shares part of it and also covers something else.
 */
export const RELATIONSHIPS = ['equal', 'subset-of', 'superset-of', 'intersects-with'] as const;
export const relationship = z.enum(RELATIONSHIPS);

export const topicLinkSchema = (reference: ReferenceFn) =>
  z
    .object({
      topic: reference('topics'),
      relationship,
      rationale: text.optional().describe('One line on why, where the relationship is not obvious from the wording.'),
    })
    .strict();

/** One standard's topics. */
export const standardMappingSchema = (reference: ReferenceFn) =>
  z
    .object({
      standard: standardReference.describe(
        "The standard in the mapping's framework, by its slug (for a standard numbered 2.9 without a slug of its own: 2.9).",
      ),
      topics: z.array(topicLinkSchema(reference)).min(1, 'a mapped standard needs at least one topic'),
    })
    .strict();

/**
 * The editorial mapping of one framework's standards to topics. A topic the framework does not
 * cover is listed in `notCovered`; a topic neither mapped nor listed is "not assessed", never a gap.
 */
export const mappingSchema = (reference: ReferenceFn) =>
  z
    .object({
      framework: reference('frameworks'),
      mappings: z.array(standardMappingSchema(reference)).default([]),
      notCovered: z
        .array(reference('topics'))
        .default([])
        .describe("Topics none of the framework's standards address, stated explicitly."),
    })
    .strict();
