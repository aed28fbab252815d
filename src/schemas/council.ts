import { z } from 'astro/zod';
import { shortText, text } from './common';
import type { ReferenceFn } from './common';

/** Every kind of authority that holds a charter, with the name councils use for it. */
export const COUNCIL_TYPE_LABELS = {
  'county-council': 'County council',
  'london-borough': 'London borough',
  'district-council': 'District council',
  'unitary-authority': 'Unitary authority',
  'metropolitan-borough': 'Metropolitan borough',
  'welsh-county-council': 'County council (Wales)',
  'welsh-county-borough-council': 'County borough council (Wales)',
  'scottish-council': 'Council (Scotland)',
  'national-park-authority': 'National park authority',
  'fire-and-rescue-authority': 'Fire and rescue authority',
  'combined-authority': 'Combined authority',
  'town-council': 'Town council',
  'parish-council': 'Parish council',
} as const;
type CouncilType = keyof typeof COUNCIL_TYPE_LABELS;

/** A local authority. */
export const councilSchema = (reference: ReferenceFn) =>
  z
    .object({
      name: shortText,
      type: z
        .enum(Object.keys(COUNCIL_TYPE_LABELS) as [CouncilType, ...CouncilType[]])
        .describe('What kind of authority it is.'),
      region: reference('regions'),
      provenance: text.optional().describe('How we know the type and region, where no source document states them.'),
    })
    .strict();
