import { z } from 'astro/zod';
import { slug, sourceDate, sourceDocument, sourceNote, text, type ReferenceFn } from './common';

/**
 * What happened between a council and a charter. `considering`: the council says it will consider
 * accreditation; `committed`: signed up or declared; `working-towards`: preparing, with a target
 * where the source gives one; `assessed`; `awarded` (at a level); `re-accredited`; `lapsed`.
 */
export const REGISTER_EVENT_KINDS = {
  considering: 'Considering accreditation',
  committed: 'Committed (signed up)',
  'working-towards': 'Working towards accreditation',
  assessed: 'Assessed',
  awarded: 'Awarded',
  're-accredited': 'Re-accredited',
  lapsed: 'Lapsed',
} as const;
type EventKind = keyof typeof REGISTER_EVENT_KINDS;

/** One accreditation event of one council against one charter edition, as a source records it. */
export const registerEventSchema = (reference: ReferenceFn) =>
  z
    .object({
      council: reference('councils'),
      /** The framework edition the event is against (a framework id). */
      framework: reference('frameworks'),
      kind: z.enum(Object.keys(REGISTER_EVENT_KINDS) as [EventKind, ...EventKind[]]),
      /** When it happened, or when the source recording it is dated, as the source words it. */
      date: sourceDate,
      /** For `awarded` and `re-accredited`: the level (an id from the framework's `levels`), if it has levels. */
      level: slug.optional(),
      /**
       * A target the source states ("to gain Charter status … by 30th June 2009"): the date as worded,
       * and what is to happen by then.
       */
      target: z.object({ date: sourceDate, what: text }).strict().optional(),
      /** The source's own sentence(s) recording the event. */
      asPublished: text,
      source: sourceDocument,
      notes: sourceNote.optional(),
    })
    .strict();
