import { z } from 'astro/zod';
import { text, shortText, money, slug, type ReferenceFn } from './common';

/** One activity on a price list: "0.5 day assessment visit - £750 x 2 for each assessor". */
export const costLineSchema = z
  .object({
    activity: text,
    unitPrice: money,
    quantity: z.number().int().positive('a quantity is a whole number of at least 1').default(1),
    /** What one unit is ("per assessor"), where the source says. */
    unit: text.optional(),
    /** The line exactly as the source prints it. */
    asPublished: text,
  })
  .strict();

/** The price of accreditation at one level by one pathway. */
export const priceListSchema = z
  .object({
    id: slug,
    /** The list's heading in the source ("Undertaking Charter for the first time"). */
    title: shortText,
    /** A level id from the framework's `levels`. */
    level: slug,
    /** First accreditation or re-assessment; absent when the source does not say which. */
    pathway: z.enum(['first-time', 'reassessment']).optional(),
    /** Further lines printed under the heading ("Higher standard"). */
    notes: z.array(text).default([]),
    lines: z.array(costLineSchema).min(1, 'a price list needs at least one line'),
    /** The total exactly as the source states it; compared with the sum of the lines. */
    publishedTotal: money.optional(),
  })
  .strict();

/** A fee charged every period on top of a price list (the annual portal licence). */
export const recurringFeeSchema = z
  .object({
    activity: text,
    amount: money,
    period: z.enum(['year']),
    asPublished: text,
  })
  .strict();

/** A framework's programme costs. */
export const costsSchema = (reference: ReferenceFn) =>
  z
    .object({
      framework: reference('frameworks'),
      currency: z.enum(['GBP']),
      /** Who the costs are based on carrying out the work. */
      provider: reference('organisations').optional(),
      /** The source's own explanation of what the costs cover. */
      basis: text,
      priceLists: z.array(priceListSchema).min(1),
      recurringFees: z.array(recurringFeeSchema).default([]),
    })
    .strict();
