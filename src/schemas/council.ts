import { z } from 'astro/zod';
import { shortText, text } from './common';
import type { ReferenceFn } from './common';

/** A local authority. */
export const councilSchema = (reference: ReferenceFn) =>
  z
    .object({
      name: shortText,
      type: z.enum(['county-council', 'london-borough', 'district-council', 'unitary-authority', 'metropolitan-borough']),
      region: reference('regions'),
      provenance: text.optional().describe('How we know the type and region, where no source document states them.'),
    })
    .strict();

export const COUNCIL_TYPE_LABELS = {
  'county-council': 'County council',
  'london-borough': 'London borough',
  'district-council': 'District council',
  'unitary-authority': 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
} as const;
