import { z } from 'astro/zod';
import { MAX_QUANTITY, text, shortText, money, slug, sourceDate, sourceDocument, type ReferenceFn } from './common';

/** One activity on a price list: "0.5 day assessment visit - £750 x 2 for each assessor". */
export const costLineSchema = z
  .object({
    activity: text,
    unitPrice: money,
    quantity: z
      .number()
      .int('a quantity is a whole number of at least 1')
      .positive('a quantity is a whole number of at least 1')
      .max(MAX_QUANTITY, `a quantity is at most ${MAX_QUANTITY}; check for a typo`)
      .default(1),
    unit: text.optional().describe('What one unit is ("per assessor"), where the source says.'),
    asPublished: text.describe('The line exactly as the source prints it.'),
  })
  .strict();

/**
 * What a price is subject to, in the source's terms; each is absent when the source does not say. Nothing
 * is ever computed from them (no VAT amount): the pages print them next to the price ("plus VAT").
 */
export const priceTermsSchema = {
  vat: z
    .enum(['plus-vat', 'including-vat'])
    .optional()
    .describe(
      '"plus-vat" where the source says the price is plus VAT, "including-vat" where it says VAT is included; leave out when the source does not mention VAT.',
    ),
  plusExpenses: z
    .boolean()
    .optional()
    .describe('true where the source says the price is plus expenses (travel, subsistence); leave out otherwise.'),
  membership: z
    .enum(['members', 'non-members'])
    .optional()
    .describe(
      '"members" for a price only for members of the regional organisation, "non-members" for the price others pay; leave out when the price is the same for everyone.',
    ),
};

/** The price of accreditation at one level by one pathway, or a price the source ties to no level. */
export const priceListSchema = z
  .object({
    id: slug,
    title: shortText.describe('The list\'s heading in the source ("Undertaking Charter for the first time").'),
    level: slug
      .optional()
      .describe(
        "A level id from the framework's `levels`; leave out for a price the source ties to no level (a workshop, a day of support).",
      ),
    pathway: z
      .enum(['first-time', 'reassessment'])
      .optional()
      .describe('First accreditation or re-assessment; absent when the source does not say which.'),
    notes: z.array(text).default([]).describe('Further lines printed under the heading ("Higher standard").'),
    published: sourceDate
      .optional()
      .describe(
        'The date the source gives these prices ("prices from 2019", "c. 2018"); leave out when it gives none.',
      ),
    lines: z.array(costLineSchema).min(1, 'a price list needs at least one line'),
    publishedTotal: money
      .optional()
      .describe('The total exactly as the source states it; compared with the sum of the lines.'),
    frequency: z
      .enum(['one-off', 'annual'])
      .optional()
      .describe('"one-off" or "annual" where the source says the price is paid once or every year.'),
    ...priceTermsSchema,
  })
  .strict();

/** A fee charged every period on top of a price list (the annual portal licence). */
export const recurringFeeSchema = z
  .object({
    activity: text,
    amount: money,
    period: z.enum(['year']),
    asPublished: text,
    ...priceTermsSchema,
  })
  .strict();

/** A framework's programme costs. */
export const costsSchema = (reference: ReferenceFn) =>
  z
    .object({
      framework: reference('frameworks'),
      currency: z.enum(['GBP']),
      provider: reference('organisations').optional().describe('Who the costs are based on carrying out the work.'),
      basis: text.describe("The source's own explanation of what the costs cover."),
      priceLists: z.array(priceListSchema).min(1),
      recurringFees: z.array(recurringFeeSchema).default([]),
      /** The document the prices are taken from, where it is not the framework's own source. */
      source: sourceDocument.optional(),
    })
    .strict();
