import { z } from 'astro/zod';
import { text, shortText, money, slug, type ReferenceFn } from './common';

/** One activity on a price list: "0.5 day assessment visit - £750 x 2 for each assessor". */
export const costLineSchema = z
  .object({
    activity: text,
    unitPrice: money,
    quantity: z.number().int().positive('a quantity is a whole number of at least 1').default(1),
    unit: text.optional().describe('What one unit is ("per assessor"), where the source says.'),
    asPublished: text.describe('The line exactly as the source prints it.'),
  })
  .strict();

/** The price of accreditation at one level by one pathway. */
export const priceListSchema = z
  .object({
    id: slug,
    title: shortText.describe('The list\'s heading in the source ("Undertaking Charter for the first time").'),
    level: slug.describe('A level id from the framework\'s `levels`.'),
    pathway: z.enum(['first-time', 'reassessment']).optional().describe('First accreditation or re-assessment; absent when the source does not say which.'),
    notes: z.array(text).default([]).describe('Further lines printed under the heading ("Higher standard").'),
    lines: z.array(costLineSchema).min(1, 'a price list needs at least one line'),
    publishedTotal: money.optional().describe('The total exactly as the source states it; compared with the sum of the lines.'),
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
      provider: reference('organisations').optional().describe('Who the costs are based on carrying out the work.'),
      basis: text.describe('The source\'s own explanation of what the costs cover.'),
      priceLists: z.array(priceListSchema).min(1),
      recurringFees: z.array(recurringFeeSchema).default([]),
    })
    .strict();
