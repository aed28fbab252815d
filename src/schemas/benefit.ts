import { z } from 'astro/zod';
import { text, shortText, listItem, slug, sourceDocument, sourceNote, type ReferenceFn } from './common';

/** A list of values, principles or benefits, grouped as the source groups them. */
export const benefitGroupSchema = z
  .object({
    id: slug,
    /** The heading above the group in the source; absent where the source has none. */
    title: shortText.optional(),
    /** The larger heading the group sits under ("Benefits of charter accreditation"). */
    section: text,
    kind: z.enum(['values', 'benefits', 'resource-commitment']),
    /** Who the benefits are for, where the source says. */
    audience: z.enum(['councils', 'councillors', 'partners', 'everyone']).optional(),
    /** A level id from the framework's `levels`, where the group is about one level (Charter Plus). */
    level: slug.optional(),
    items: z.array(listItem).min(1),
    note: sourceNote.optional(),
  })
  .strict();

/** A framework's stated values and benefits. */
export const benefitsSchema = (reference: ReferenceFn) =>
  z
    .object({
      framework: reference('frameworks'),
      /** The source's sentence introducing the benefits, if it has one. */
      intro: text.optional(),
      groups: z.array(benefitGroupSchema).min(1),
      /** The document the values and benefits are taken from, where it is not the framework's own source. */
      source: sourceDocument.optional(),
    })
    .strict();
