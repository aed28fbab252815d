import { z } from 'astro/zod';
import {
  MAX_SLUG_LENGTH,
  ordinal,
  slugTooLong,
  text,
  shortText,
  slug,
  sourceDate,
  sourceDates,
  sourceDocument,
  sourceNote,
  type ReferenceFn,
} from './common';
import { numberSlug, STANDARD_SLUG } from './standard-slug';

/**
 * How a standard is named where something else points at it (an action-plan row, a topic mapping):
 * its slug, which for a numbered standard without a slug of its own is its number made safe ("2.9",
 * "criterion-2"). Any text here: the content check resolves it and, when it matches nothing, lists
 * the framework's slugs (and names the slug of a standard whose printed number was written instead).
 */
export const standardReference = shortText;

/** One standard of good practice a council is assessed against. */
export const standardSchema = z
  .object({
    number: shortText
      .refine((n) => n.length <= MAX_SLUG_LENGTH, `the number ${slugTooLong}`)
      .optional()
      .describe(
        'The standard\'s number or letter exactly as the source prints it ("1.1", "A", "Criterion 2"); absent where the source does not number it.',
      ),
    slug: z
      .string()
      .regex(
        STANDARD_SLUG,
        'expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1',
      )
      .max(MAX_SLUG_LENGTH, `the slug ${slugTooLong}`)
      .optional()
      .describe(
        'The standard\'s part of its page address and the name references use. Absent: its number made safe ("1.1" → 1.1, "Criterion 2" → criterion-2). Required for an unnumbered standard.',
      ),
    title: shortText,
    guidance: text.optional().describe('What meeting the standard involves, where the framework explains it.'),
    evidence: z
      .array(text)
      .optional()
      .describe('Examples of evidence an assessor would expect, where the framework lists them.'),
    level: slug
      .optional()
      .describe(
        "The level this standard applies to (an id from the framework's `levels`); absent when it applies to all.",
      ),
    /**
     * What each level requires for this standard, where the framework states it level by level
     * ("Charter: …", "Charter Plus additionally: …"), in the framework's words and order.
     */
    requirementsByLevel: z
      .array(z.object({ level: slug, requirement: text }).strict())
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((standard, ctx) => {
    if (standard.slug === undefined && (standard.number === undefined || numberSlug(standard.number) === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message:
          standard.number === undefined
            ? 'a standard without a number needs a slug for its page address, e.g. slug: member-induction'
            : `the number "${standard.number}" has no letters or digits to make an address from; give a slug, e.g. slug: member-induction`,
      });
    }
  });

/** A group of standards ("1. Commitment to Member development"), numbered where the source numbers it. */
export const themeSchema = z
  .object({
    number: ordinal.optional().describe("The theme's number, where the source numbers its themes 1, 2, 3…"),
    title: shortText,
    standards: z
      .array(standardSchema)
      .default([])
      .describe("The theme's standards; empty where the source names the theme but lists none under it."),
  })
  .strict();

/** The steps most charters' accreditation processes share, in the order they happen. */
export const STAGE_STEPS = ['sign-up', 'action-plan', 'evidence', 'assessment', 'award', 'reassessment'] as const;
export const stageStep = z.enum(STAGE_STEPS);

/** A step of the accreditation process, in order. */
export const stageSchema = z
  .object({
    title: shortText,
    description: text
      .optional()
      .describe("What the stage involves, in the source's words; absent where the source gives only a title."),
    number: ordinal.optional().describe('The stage\'s number where the framework numbers its stages ("Stage 4").'),
    step: stageStep
      .optional()
      .describe("Which common step of accreditation this stage is, so frameworks' processes can be aligned."),
    /**
     * For a stage that covers more than one common step ("Commitment to the Charter and an Action
     * Plan" is both sign-up and action-plan), in order; use instead of `step`.
     */
    steps: z.array(stageStep).min(2, 'steps lists two or more common steps; for one, write step: instead').optional(),
  })
  .strict()
  .superRefine((stage, ctx) => {
    if (stage.step !== undefined && stage.steps !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: 'give either step (one common step) or steps (several), not both',
      });
    }
  });

/** A level of accreditation (Charter, Charter Plus; Level 1, Level 2). */
export const levelSchema = z
  .object({
    id: slug,
    name: shortText,
    description: text.optional().describe('How the framework describes the level, in its own words.'),
    deliveredWith: text
      .optional()
      .describe('An organisation the level is delivered with ("in collaboration with the University of Manchester").'),
  })
  .strict();

/**
 * A number of years or months a timing rule states. Due dates are worked out from them, so each is
 * a whole number within real bounds: 0.01 years would make a re-assessment due on the award day,
 * 1000000 a date no calendar can hold.
 */
export const MAX_YEARS = 10;
export const MAX_MONTHS = 120;
/** A whole number of years or months, 1 to `max`; `part` says what to do for less than one. */
const wholePeriod = (unit: 'years' | 'months', max: number, part = '') => {
  const rule = `a number of ${unit} is a whole number from 1 to ${max}, because due dates are worked out from it`;
  return z
    .number()
    .int(`${rule}${part}`)
    .min(1, `${rule}${part}`)
    .max(max, `${rule}; check the figure against the source`);
};
const wholeYears = wholePeriod('years', MAX_YEARS, '; for part of a year give the months instead');
const wholeMonths = wholePeriod('months', MAX_MONTHS);

/**
 * A rule about time, kept in the source's words (`asPublished`), with the period those words state
 * in years or in months (never both, so a due date has one reading), under the same field names for
 * every rule, plus the rule's own fields. Pages show the words, never a sentence built from the numbers.
 * `formerNames` maps field names a rule once had to today's: such a field is refused with its new
 * name (the object is then strict by hand, so any other unknown field is reported as usual).
 */
const timingRule = <Extra extends z.core.$ZodLooseShape>(extra: Extra, formerNames: Record<string, string> = {}) => {
  const shape = {
    asPublished: text,
    years: wholeYears.optional().describe('A number of years the words state ("within a minimum of 3 years" → 3).'),
    months: wholeMonths.optional().describe('A number of months the words state ("after 18 months" → 18).'),
    ...extra,
  };
  const object = Object.keys(formerNames).length ? z.looseObject(shape) : z.object(shape).strict();
  return object.superRefine((rule, ctx) => {
    const period = rule as { years?: number; months?: number }; // the generic Extra hides the shape's own fields
    if (period.years !== undefined && period.months !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['months'],
        message: 'give either years or months, as the source states it, not both',
      });
    }
    for (const key of Object.keys(rule).filter((k) => !(k in shape))) {
      const now = formerNames[key];
      ctx.addIssue(
        now
          ? { code: 'custom', path: [key], message: `${key} is now called ${now}: write ${now}: with the same number` }
          : { code: 'unrecognized_keys', keys: [key], path: [] },
      );
    }
  });
};

export const timingRuleSchema = timingRule({});

/** How accreditation is renewed. Only what the framework says; unknown parts stay empty. */
export const reassessmentSchema = timingRule(
  {
    asPublished: text.describe("The framework's own sentence(s) on re-assessment."),
    method: text.optional().describe('How the re-assessment is done ("Desktop review"), where stated.'),
  },
  { intervalYears: 'years', intervalMonths: 'months' },
);

/** The time allowed from commitment (sign-up, declaration) to assessment. */
export const commitmentToAssessmentSchema = timingRule({
  /** true where the source says there is no time limit ("There is no time limit between declaration and assessment"). */
  noTimeLimit: z.literal(true).optional(),
}).superRefine((rule, ctx) => {
  if (rule.noTimeLimit && (rule.years !== undefined || rule.months !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['noTimeLimit'],
      message: 'a rule with no time limit has no years or months; remove one or the other',
    });
  }
});

/** An edition's name and dates; each is optional, and each date is shown with its label. */
export const editionSchema = z
  .object({
    /** How this edition is known ("Annex 1", "2017 update"); absent if the source gives no name. */
    label: shortText.optional(),
    /** The edition's publication date, only if the source states one. */
    published: sourceDate.optional(),
    /** The date the edition applies from ("in force from 1 April 2022"), only if stated. */
    inForceFrom: sourceDate.optional(),
    /** When the charter was first introduced ("first introduced in 2003"), only if stated. */
    firstIntroduced: sourceDate.optional(),
    /** Later reviews of the charter ("reviewed in 2010 and 2016"), as the source lists them. */
    reviewed: sourceDates.optional(),
  })
  .strict();

/** How a charter's editions stand to each other where no `supersedes` chain orders them. */
export const EDITION_ORDERS = ['in-force-together', 'not-stated'] as const;
export type EditionOrder = (typeof EDITION_ORDERS)[number];

/** Who runs the framework, and how sure we are of it (an action's owner is `actionOwnerSchema`). */
export const frameworkOwnerSchema = (reference: ReferenceFn) =>
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
      owner: frameworkOwnerSchema(reference),
      /** Organisations that deliver or assess the charter with the owner. */
      partners: z.array(z.object({ organisation: reference('organisations'), role: text }).strict()).default([]),
      regions: z.array(reference('regions')).min(1, 'a framework applies to at least one region'),
      edition: editionSchema.default({}),
      /**
       * The charter this edition belongs to: an id shared by all its editions, used for the
       * charter's "current edition" address. Absent: the file's own id.
       */
      charter: slug.optional(),
      supersedes: reference('frameworks')
        .optional()
        .describe('The earlier edition of the same charter that this one replaces (a framework id).'),
      /**
       * For a charter whose editions the sources do not put in order: `in-force-together` where they
       * apply side by side, `not-stated` where the sources do not say which came first. Given on every
       * edition of the charter instead of `supersedes`.
       */
      editionOrder: z.enum(EDITION_ORDERS).optional(),
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
      /**
       * A group of facts taken from another document than `source` (a web page of stages, a separate
       * list of standards): that group's own citation. A group not named here comes from `source`.
       */
      sources: z
        .object({
          levels: sourceDocument.optional(),
          stages: sourceDocument.optional(),
          standards: sourceDocument.optional(),
          requirements: sourceDocument.optional(),
          timing: sourceDocument.optional(),
        })
        .strict()
        .optional(),
      levels: z.array(levelSchema).default([]),
      stages: z
        .array(stageSchema)
        .default([])
        .describe('The accreditation process, in order. Empty when the source does not describe it.'),
      requirements: z
        .array(text)
        .default([])
        .describe('What a council needs to do or expect, as the framework lists it ("What is required?").'),
      reassessment: reassessmentSchema.optional(),
      /** An interim or informal review between assessments ("an informal review after 18 months"). */
      interimReview: timingRuleSchema.optional(),
      /** The time allowed from commitment to assessment, or that there is no limit. */
      commitmentToAssessment: commitmentToAssessmentSchema.optional(),
      /** How long an award lasts ("The Charter is awarded for three years"). */
      awardDuration: timingRuleSchema.optional(),
      themes: z.array(themeSchema).default([]),
      /**
       * For a source that lists its standards without themes (a flat list of criteria): written here
       * instead of `themes`, and read everywhere as one theme with no title, so no heading is invented.
       */
      standards: z
        .array(standardSchema)
        .optional()
        .describe('The standards, where the source lists them without themes; use instead of themes.'),
      /**
       * Shown with the standards: why none are listed, or that only some are. Pages say nothing
       * about a framework's standards beyond this note and the standards themselves.
       */
      standardsNote: sourceNote.optional(),
    })
    .strict()
    .superRefine((fw, ctx) => {
      if (fw.standards && fw.themes.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['standards'],
          message:
            'give either themes (standards grouped under headings the source prints) or standards (a flat list, as the source lists them), not both',
        });
      }
    })
    .transform(({ standards, ...fw }): Omit<typeof fw, 'themes'> & { themes: Theme[] } =>
      standards?.length ? { ...fw, themes: [{ standards }] } : fw,
    );

/**
 * A group of standards as the site reads it. A framework's flat `standards` list is one theme with no
 * title and no number: pages, downloads and the self-assessment show no heading for it.
 */
export type Theme = Omit<z.output<typeof themeSchema>, 'title'> & { title?: string | undefined };

/** Where a theme's standards stand in the file: `standards` for a flat list, `themes[t].standards` otherwise. */
export const standardsPath = (theme: Theme, t: number): string =>
  theme.title === undefined ? 'standards' : `themes[${t}].standards`;
