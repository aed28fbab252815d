import { z } from 'astro/zod';
import type { ReferenceFn } from './common';

/** A local authority. */
export const councilSchema = (reference: ReferenceFn) =>
  z
    .object({
      name: z.string().min(1),
      type: z.enum(['county-council', 'london-borough', 'district-council', 'unitary-authority', 'metropolitan-borough']),
      region: reference('regions'),
      provenance: z.string().optional().describe('How we know the type and region, where no source document states them.'),
    })
    .strict();

export const COUNCIL_TYPE_LABELS = {
  'county-council': 'County council',
  'london-borough': 'London borough',
  'district-council': 'District council',
  'unitary-authority': 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
} as const;
