import { z } from 'astro/zod';

/**
 * A topic of the shared vocabulary every framework's standards are mapped to (the hub of the
 * crosswalk): "Induction", "Budget". Comparisons between frameworks go through topics, so adding
 * a framework needs one mapping file, not one per other framework.
 */
export const topicSchema = () =>
  z
    .object({
      name: z.string().min(1),
      /** One or two sentences saying what the topic covers, so mappings to it can be judged. */
      description: z.string().min(1),
    })
    .strict();
