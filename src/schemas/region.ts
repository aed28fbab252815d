import { z } from 'astro/zod';

/** A region of England (or a nation) in which a charter is run. */
export const regionSchema = () =>
  z
    .object({
      name: z.string().min(1),
      /** `region`: an English region; `national`: a whole nation (the LGA's national charter). */
      kind: z.enum(['region', 'national']),
      /** Display order in lists. */
      order: z.number().int().nonnegative(),
    })
    .strict();
