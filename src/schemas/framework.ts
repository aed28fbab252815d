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
    /** What meeting the standard involves, where the framework explains it. */
    guidance: text.optional(),
    /** Examples of evidence an assessor would expect, where the framework lists them. */
    evidence: z.array(text).optional(),
    /** The level this standard applies to (an id from the framework's `levels`); absent when it applies to all. */
    level: slug.optional(),
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
    /** The stage's number where the framework numbers its stages ("Stage 4"). */
    number: z.number().int().positive().optional(),
    /** Which common step of accreditation this stage is, so frameworks' processes can be aligned. */
    step: stageStep.optional(),
  })
  .strict();

/** A level of accreditation (Charter, Charter Plus; Level 1, Level 2). */
export const levelSchema = z
  .object({
    id: slug,
    name: shortText,
    /** How the framework describes the level, in its own words. */
    description: text.optional(),
    /** An organisation the level is delivered with ("in collaboration with the University of Manchester"). */
    deliveredWith: text.optional(),
  })
  .strict();

/** How accreditation is renewed. Only what the framework says; unknown parts stay empty. */
export const reassessmentSchema = z
  .object({
    /** The framework's own sentence(s) on re-assessment. */
    asPublished: text,
    /** The interval in years, where stated ("within a minimum of 3 years" → 3). */
    intervalYears: z.number().positive().optional(),
    /** How the re-assessment is done ("Desktop review"), where stated. */
    method: text.optional(),
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
      /** A short name for lists and breadcrumbs ("East Midlands Charter"). */
      shortTitle: shortText,
      owner: ownerSchema(reference),
      /** Organisations that deliver or assess the charter with the owner. */
      partners: z
        .array(z.object({ organisation: reference('organisations'), role: text }).strict())
        .default([]),
      regions: z.array(reference('regions')).min(1, 'a framework applies to at least one region'),
      edition: z
        .object({
          /** How this edition is known ("Annex 1", "2017 update"); absent if the source gives no name. */
          label: shortText.optional(),
          /** The edition's publication date, only if the source states one. */
          published: sourceDate.optional(),
        })
        .strict()
        .default({}),
      /**
       * The charter this edition belongs to: an id shared by all its editions, used for the
       * charter's "current edition" address. Absent: the file's own id.
       */
      charter: slug.optional(),
      /** The earlier edition of the same charter that this one replaces (a framework id). */
      supersedes: reference('frameworks').optional(),
      status: z.enum(['current', 'superseded', 'draft']),
      /** Why the status is what it is, where no source states it. */
      statusNote: sourceNote.optional(),
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
      /** The accreditation process, in order. Empty when the source does not describe it. */
      stages: z.array(stageSchema).default([]),
      /** What a council needs to do or expect, as the framework lists it ("What is required?"). */
      requirements: z.array(text).default([]),
      reassessment: reassessmentSchema.optional(),
      themes: z.array(themeSchema).default([]),
      /** Shown where the source does not list the framework's standards. */
      standardsNote: sourceNote.optional(),
    })
    .strict();
