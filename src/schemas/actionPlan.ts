import { z } from 'astro/zod';
import { text, shortText, sourceDate, sourceDocument, type ReferenceFn } from './common';
import { standardNumber } from './framework';

/** Who is responsible, as the source names them, plus the roles for the "by owner" view. */
export const ownerSchema = z
  .object({
    asPublished: text,
    /** Each role named, written out in full ("L & D Manager" → "Learning and Development Manager"). */
    roles: z.array(text).min(1),
  })
  .strict();

/** One action under a row of the plan, with its own deadline and owner where the source gives them. */
export const actionSchema = z
  .object({
    action: text.optional(),
    /** The resource implications, in the source's words. */
    resources: text.optional(),
    due: sourceDate.optional(),
    owner: ownerSchema.optional(),
  })
  .strict()
  .refine((a) => a.action || a.resources, { message: 'an action needs an action or resources text' });

/** A row of the plan: what the council needs to do to meet one standard. */
export const actionItemSchema = z
  .object({
    /** The number of the standard the row addresses, in the plan's framework. */
    standard: standardNumber,
    /** "What we need to do", in the source's words. */
    need: text,
    actions: z.array(actionSchema).min(1),
  })
  .strict();

/** A council's plan towards a charter. */
export const actionPlanSchema = (reference: ReferenceFn) =>
  z
    .object({
      council: reference('councils'),
      /** The framework edition the plan was written against; every row's standard is in it. */
      framework: reference('frameworks'),
      title: shortText,
      /** The council's name for its programme, if the plan gives one. */
      programme: text.optional(),
      status: z.enum(['draft', 'agreed']),
      preparedFor: z.object({ meeting: text, date: sourceDate }).strict().optional(),
      /** When the council aims to achieve the charter. */
      target: z.object({ date: sourceDate, context: text }).strict().optional(),
      /** The plan's introductory paragraphs. */
      purpose: z.array(text).default([]),
      source: sourceDocument,
      items: z.array(actionItemSchema).min(1),
    })
    .strict();
