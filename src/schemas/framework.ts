import { z } from 'astro/zod';
import { text, shortText, slug, sourceDate, sourceDocument, sourceNote, type ReferenceFn } from './common';

/** A standard's number: "1.1", "2.10". The part before the dot is its theme's number. */
export const standardNumber = z
  .string()
  .regex(/^\d+\.\d+$/, 'expected a standard number such as 2.9 (theme number, a dot, then the standard\'s own number)');

/** One standard of good practice a council is assessed against. */
export const standardSchema = z
  .object({
    number: standardNumber,
    title: shortText,
    guidance: text.optional().describe('What meeting the standard involves, where the framework explains it.'),
    evidence: z.array(text).optional().describe('Examples of evidence an assessor would expect, where the framework lists them.'),
    level: slug.optional().describe('The level this standard applies to (an id from the framework\'s `levels`); absent when it applies to all.'),
  })
  .strict();

/** A numbered group of standards ("1. Commitment to Member development"). */
export const themeSchema = z
  .object({
    number: z.number().int().positive(),
    title: shortText,
    standards: z.array(standardSchema).min(1, 'a theme needs at least one standard'),
  })
  .strict();

/** The steps most charters' accreditation processes share, in the order they happen. */
export const STAGE_STEPS = ['sign-up', 'action-plan', 'evidence', 'assessment', 'award', 'reassessment'] as const;
export const stageStep = z.enum(STAGE_STEPS);

/** A step of the accreditation process, in order. */
export const stageSchema = z
  .object({
    title: shortText,
    description: text,
    number: z.number().int().positive().optional().describe('The stage\'s number where the framework numbers its stages ("Stage 4").'),
    step: stageStep.optional().describe('Which common step of accreditation this stage is, so frameworks\' processes can be aligned.'),
  })
  .strict();

/** A level of accreditation (Charter, Charter Plus; Level 1, Level 2). */
export const levelSchema = z
  .object({
    id: slug,
    name: shortText,
    description: text.optional().describe('How the framework describes the level, in its own words.'),
    deliveredWith: text.optional().describe('An organisation the level is delivered with ("in collaboration with the University of Manchester").'),
  })
  .strict();

/** How accreditation is renewed. Only what the framework says; unknown parts stay empty. */
export const reassessmentSchema = z
  .object({
    asPublished: text.describe('The framework\'s own sentence(s) on re-assessment.'),
    intervalYears: z.number().positive().optional().describe('The interval in years, where stated ("within a minimum of 3 years" → 3).'),
    method: text.optional().describe('How the re-assessment is done ("Desktop review"), where stated.'),
  })
  .strict();

/** Who runs the framework, and how sure we are of it. */
export const ownerSchema = (reference: ReferenceFn) =>
  z
    .object({
      organisation: reference('organisations'),
      /**
       * `stated`: the source document names the owner.
       * `attributed`: the source does not; `provenance` says why we attribute it.
       */
      certainty: z.enum(['stated', 'attributed']),
      provenance: sourceNote.optional(),
    })
    .strict()
    .refine((owner) => owner.certainty === 'stated' || owner.provenance, {
      message: 'an attributed owner needs a provenance note saying why',
      path: ['provenance'],
    });

/** One edition of a charter framework: its stages, levels and standards. */
export const frameworkSchema = (reference: ReferenceFn) =>
  z
    .object({
      title: shortText,
      shortTitle: shortText.describe('A short name for lists and breadcrumbs ("East Midlands Charter").'),
      owner: ownerSchema(reference),
      /** Organisations that deliver or assess the charter with the owner. */
      partners: z
        .array(z.object({ organisation: reference('organisations'), role: text }).strict())
        .default([]),
      regions: z.array(reference('regions')).min(1, 'a framework applies to at least one region'),
      edition: z
        .object({
          label: shortText.optional().describe('How this edition is known ("Annex 1", "2017 update"); absent if the source gives no name.'),
          published: sourceDate.optional().describe('The edition\'s publication date, only if the source states one.'),
        })
        .strict()
        .default({}),
      /**
       * The charter this edition belongs to: an id shared by all its editions, used for the
       * charter's "current edition" address. Absent: the file's own id.
       */
      charter: slug.optional(),
      supersedes: reference('frameworks').optional().describe('The earlier edition of the same charter that this one replaces (a framework id).'),
      status: z.enum(['current', 'superseded', 'draft']),
      statusNote: sourceNote.optional().describe('Why the status is what it is, where no source states it.'),
      /**
       * `source`: taken from the framework's own document.
       * `reconstructed`: rebuilt from another document (e.g. an action plan's guidelines column).
       */
      provenance: z
        .object({ kind: z.enum(['source', 'reconstructed']), note: sourceNote.optional() })
        .strict()
        .refine((p) => p.kind === 'source' || p.note, {
          message: 'a reconstructed framework needs a note saying what it was reconstructed from',
          path: ['note'],
        }),
      source: sourceDocument,
      levels: z.array(levelSchema).default([]),
      stages: z.array(stageSchema).default([]).describe('The accreditation process, in order. Empty when the source does not describe it.'),
      requirements: z.array(text).default([]).describe('What a council needs to do or expect, as the framework lists it ("What is required?").'),
      reassessment: reassessmentSchema.optional(),
      themes: z.array(themeSchema).default([]),
      standardsNote: sourceNote.optional().describe('Shown where the source does not list the framework\'s standards.'),
    })
    .strict();
