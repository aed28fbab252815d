import { z } from 'astro/zod';
import { shortText, text } from './common';
import type { ReferenceFn } from './common';

/** An organisation that runs, assesses or supports a charter. */
export const organisationSchema = (reference: ReferenceFn) =>
  z
    .object({
      name: shortText,
      /** The abbreviation the sources use (NWE, LGA), if they use one. */
      abbreviation: shortText.optional(),
      kind: z.enum(['regional-employers-organisation', 'regional-councils-body', 'national-body', 'university']),
      regions: z.array(reference('regions')).default([]),
      /** Contact details exactly as a source prints them; absent when no source gives them. */
      contact: z
        .object({
          email: z.email().optional(),
          phone: shortText.optional(),
          website: z
            .string()
            .regex(/^[\w.-]+\.[a-z]{2,}(\/\S*)?$/, 'expected a web address such as www.example.org.uk')
            .optional(),
          /** Which source document gives these details. */
          source: text,
        })
        .strict()
        .optional(),
      /** How we know what this record says, where it does not come from a seed document. */
      provenance: text.optional(),
    })
    .strict();
