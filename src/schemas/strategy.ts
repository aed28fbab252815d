import { z } from 'astro/zod';
import { STANDARD_ID_PATTERN } from './patterns';
import {
  text,
  shortText,
  listItem,
  ordinal,
  sourceDate,
  sourceDocument,
  sourceNote,
  year,
  type ReferenceFn,
} from './common';

/**
 * What a list or paragraph is, where the strategy's structure gives it a meaning of its own,
 * so pages and comparisons can find "the aims" or "the member roles" without reading prose.
 */
export const paragraphRole = z.enum([
  'council-priorities',
  'accreditation-intent',
  'accreditation-timing',
  'reaccreditation',
  'member-roles',
  'aims',
  'objectives',
  'charter-commitment',
  'working-group-duties',
  'working-group-support-duties',
  'programme-strands',
  'leadership-modules',
  'leadership-workshops',
]);

/** A numbered paragraph, possibly with a list and a quotation, in the source's words. */
export const paragraphSchema = z
  .object({
    /** The paragraph's number as printed ("1.2"); the source repeats some numbers, kept as printed. */
    number: z
      .string()
      .regex(/^\d{1,4}\.\d{1,4}$/, 'expected a paragraph number such as 5.13')
      .optional(),
    text: text.optional(),
    list: z.array(listItem).optional(),
    /** Text after the list, where the source continues the paragraph. */
    after: text.optional(),
    quote: text.optional(),
    role: paragraphRole.optional(),
    note: sourceNote.optional(),
  })
  .strict()
  .refine((p) => p.text || p.list || p.quote, { message: 'a paragraph needs text, a list or a quotation' });

/** The strands of the development programme the strategy describes. */
export const programmeStrand = z.enum([
  'pre-election',
  'induction',
  'training-needs-discussion',
  'development-programme',
  'leadership-programme',
  'continuing-development',
]);

/**
 * Standards a part of the strategy works towards, by standard id, the framework id, a slash and the
 * standard's slug ("east-midlands/2.9"): an editorial link that lets topic pages show strategy
 * sections next to the standards they address.
 */
export const addressedStandards = z
  .array(
    z
      .string()
      .regex(
        STANDARD_ID_PATTERN,
        "expected a standard id: framework id, a slash, then the standard's slug, e.g. east-midlands/2.9",
      ),
  )
  .default([]);

export const subsectionSchema = z
  .object({
    title: shortText,
    strand: programmeStrand.optional(),
    standards: addressedStandards,
    paragraphs: z.array(paragraphSchema).min(1),
  })
  .strict();

export const strategySectionSchema = z
  .object({
    number: ordinal,
    title: shortText,
    standards: addressedStandards,
    paragraphs: z.array(paragraphSchema).default([]),
    subsections: z.array(subsectionSchema).default([]),
  })
  .strict();

/** A council's member development strategy. */
export const strategySchema = (reference: ReferenceFn) =>
  z
    .object({
      council: reference('councils'),
      title: shortText,
      period: z.object({ asPublished: text, startYear: year, endYear: year }).strict(),
      developedBy: text,
      /** How the strategy is adopted, as the source puts it; a date only if the source gives one. */
      adoption: z.object({ by: text, asPublished: text, date: sourceDate.optional() }).strict(),
      source: sourceDocument,
      /** Signed statements that open the strategy. */
      forewords: z
        .array(
          z
            .object({
              paragraphs: z.array(text).min(1),
              signatories: z.array(z.object({ name: shortText, roles: z.array(shortText).min(1) }).strict()).min(1),
            })
            .strict(),
        )
        .default([]),
      /** The charter frameworks the strategy commits to, with the commitment in its words. */
      charters: z.array(z.object({ framework: reference('frameworks'), commitment: text }).strict()).default([]),
      /** Whether and when the council means to seek accreditation. */
      accreditation: z
        .object({
          /** `decided`: will seek it; `to-be-considered`: will decide later. */
          intent: z.enum(['decided', 'to-be-considered']),
          decisionAfter: sourceDate.optional(),
          assessmentExpectedBy: sourceDate.optional(),
        })
        .strict()
        .optional(),
      sections: z.array(strategySectionSchema).min(1),
      /** The closing list of commitments. */
      commitments: z
        .object({ intro: text, items: z.array(text).min(1) })
        .strict()
        .optional(),
    })
    .strict();
