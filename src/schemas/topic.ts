import { z } from 'astro/zod';
import { shortText, text } from './common';

/**
 * A topic of the shared vocabulary every framework's standards are mapped to (the hub of the
 * crosswalk): "Induction", "Budget". Comparisons between frameworks go through topics, so adding
 * a framework needs one mapping file, not one per other framework.
 */
export const topicSchema = () =>
  z
    .object({
      name: shortText,
      /** One or two sentences saying what the topic covers, so mappings to it can be judged. */
      description: text,
    })
    .strict();
