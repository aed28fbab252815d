import { z } from 'astro/zod';
import { shortText } from './common';

/** A region of England (or a nation) in which a charter is run. */
export const regionSchema = () =>
  z
    .object({
      name: shortText,
      /** `region`: an English region; `national`: a whole nation (the LGA's national charter). */
      kind: z.enum(['region', 'national']),
      /** Display order in lists. */
      order: z.number().int().nonnegative(),
    })
    .strict();
