import { z } from 'astro/zod';
import { text, shortText, sourceDate, sourceDocument, type ReferenceFn } from './common';
import { standardReference } from './framework';

/** Who is responsible for an action, as the source names them, plus the roles for the "by owner" view. */
export const actionOwnerSchema = z
  .object({
    asPublished: text,
    roles: z
      .array(text)
      .min(1)
      .describe('Each role named, written out in full ("L & D Manager" → "Learning and Development Manager").'),
  })
  .strict();

/** One action under a row of the plan, with its own deadline and owner where the source gives them. */
export const actionSchema = z
  .object({
    action: text.optional(),
    resources: text.optional().describe("The resource implications, in the source's words."),
    due: sourceDate.optional(),
    owner: actionOwnerSchema.optional(),
  })
  .strict()
  .refine((a) => a.action || a.resources, { message: 'an action needs an action or resources text' });

/** A row of the plan: what the council needs to do to meet one standard. */
export const actionItemSchema = z
  .object({
    standard: standardReference.describe(
      "The standard the row addresses, in the plan's framework, by its slug (for a standard numbered 2.9 without a slug of its own: 2.9).",
    ),
    need: text.describe('"What we need to do", in the source\'s words.'),
    actions: z.array(actionSchema).min(1),
  })
  .strict();

/** A council's plan towards a charter. */
export const actionPlanSchema = (reference: ReferenceFn) =>
  z
    .object({
      council: reference('councils'),
      framework: reference('frameworks').describe(
        "The framework edition the plan was written against; every row's standard is in it.",
      ),
      title: shortText,
      programme: text.optional().describe("The council's name for its programme, if the plan gives one."),
      status: z.enum(['draft', 'agreed']),
      preparedFor: z.object({ meeting: text, date: sourceDate }).strict().optional(),
      target: z
        .object({ date: sourceDate, context: text })
        .strict()
        .optional()
        .describe('When the council aims to achieve the charter.'),
      purpose: z.array(text).default([]).describe("The plan's introductory paragraphs."),
      source: sourceDocument,
      items: z.array(actionItemSchema).min(1),
    })
    .strict();
