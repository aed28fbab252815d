/**
 * Building blocks shared by every content schema.
 *
 * Schemas are written as factories that take Astro's `reference()` so the same
 * definitions serve Astro's content layer (src/content.config.ts) and our own
 * tooling (the content check and tests), which passes `plainReference`.
 */
import { z } from 'astro/zod';

/** The collections content may point at. */
export type CollectionName =
  | 'regions'
  | 'organisations'
  | 'frameworks'
  | 'costs'
  | 'benefits'
  | 'councils'
  | 'strategies'
  | 'actionPlans'
  | 'topics'
  | 'mappings'
  | 'register';

/** What a reference resolves to: the same shape Astro's `reference()` produces. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** A reference is written in a file as the id it points at, and resolves to an `EntryRef`. */
export type ReferenceFn = <C extends CollectionName>(
  collection: C,
) => z.ZodType<EntryRef<C>, string>;

/** Astro's `reference()` for code that runs outside Astro: an id becomes `{ id, collection }`. */
export const plainReference: ReferenceFn = <C extends CollectionName>(collection: C) =>
  z.string().transform((id): EntryRef<C> => ({ id, collection }));

/**
 * Length limits that real content stays far inside (the longest text today is under 600 characters,
 * the longest title under 150): a longer value is a paste gone wrong, or an attempt to bloat pages.
 */
export const MAX_TEXT_LENGTH = 5000;
export const MAX_TITLE_LENGTH = 300;

const boundedText = (max: number, what: string) =>
  z.string().superRefine((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: `${what} is empty; write it as the source gives it, or leave the field out if it is optional` });
    } else if (value.length > max) {
      ctx.addIssue({ code: 'custom', message: `${what} is ${value.length} characters long; at most ${max} are allowed (check for a paste that went wrong)` });
    }
  });

/** Text in the source's words: not empty or only spaces, at most MAX_TEXT_LENGTH characters. */
export const text = boundedText(MAX_TEXT_LENGTH, 'the text');
/** A title or name: not empty or only spaces, at most MAX_TITLE_LENGTH characters. */
export const shortText = boundedText(MAX_TITLE_LENGTH, 'the title or name');

/**
 * A web address. Only https: an http: address can be altered on the way, and javascript: or data:
 * would run in the visitor's browser when the link is followed.
 */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'expected a web address starting https:// with a domain name, e.g. https://www.local.gov.uk/; http:, javascript: and data: addresses are not allowed',
});

export { whyNotADate } from './calendar';
import { whyNotADate } from './calendar';

/**
 * A calendar date that exists, written YYYY-MM-DD in quotes. YAML (as Astro reads it) turns an
 * unquoted date into a Date and silently moves 2009-06-31 on to 1 July, so a Date is refused.
 */
export const isoDate = z.string().superRefine((value, ctx) => {
  const why = whyNotADate(value);
  if (why) ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date: ${why}` });
});

/** A month, written YYYY-MM, for sources that give only a month ("Early November 2008"). */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written as YYYY-MM, e.g. 2008-11');

/**
 * A date as a source document states it. `asPublished` keeps the source's words;
 * `date` or `month` is filled only where those words name one unambiguously.
 * A date that cannot exist ("31 June 2009") keeps its words and is flagged, never corrected.
 */
export const sourceDate = z
  .object({
    asPublished: text,
    date: isoDate.optional(),
    month: isoMonth.optional(),
    /** `impossible-date`: the source names a day that does not exist. */
    flag: z.enum(['impossible-date']).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.date && value.month) {
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'give either date or month, not both' });
    }
    if (value.flag === 'impossible-date' && (value.date || value.month)) {
      ctx.addIssue({
        code: 'custom',
        path: ['flag'],
        message: 'an impossible date keeps only the source\'s words (asPublished); remove date and month',
      });
    }
  });

/** A sum of money in pounds, at most two decimal places, never negative. */
export const money = z
  .number()
  .nonnegative('an amount of money cannot be negative')
  .refine((n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, {
    message: 'an amount of money has at most two decimal places (pence)',
  });

/**
 * Where a fact came from: the document it was taken from, as published. Either a copy kept in
 * this repository (`file`, which the content check requires to exist), or a public https address
 * with the date it was retrieved, or both.
 */
export const sourceDocument = z
  .object({
    /** The document's title as it reads on its first page. */
    title: shortText,
    /** Who published the document, where the document says so. */
    publisher: shortText.optional(),
    /** The copy kept in this repository, relative to the repository root (e.g. sources/east-midlands-charter.txt). */
    file: z.string().regex(/^sources\/[\w.-]+$/, 'expected a file under sources/, e.g. sources/east-midlands-charter.txt').optional(),
    /** Where the document was published online (https only). */
    url: httpsUrl.optional(),
    /** The day `url` was read, YYYY-MM-DD; required with a url when no copy is kept in sources/. */
    retrieved: isoDate.optional(),
    /** The document's own date, only if it states one. */
    date: sourceDate.optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.file === undefined && source.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'give the copy kept under sources/ (file), or the document\'s https address (url) with the date it was retrieved (retrieved)' });
    } else if (source.file === undefined && source.retrieved === undefined) {
      ctx.addIssue({ code: 'custom', path: ['retrieved'], message: 'a source cited only by its web address needs the date it was retrieved, written YYYY-MM-DD' });
    }
  });

/**
 * A note on a fact's provenance or on an inconsistency in the source, shown on the page
 * so a reader can judge the fact for themselves.
 */
export const sourceNote = text;

/** A bulleted item, possibly with its own sub-list, kept in the source's words. */
export interface ListItem {
  text: string;
  items?: ListItem[] | undefined;
  note?: string | undefined;
}
export const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.union([
    text.transform((words): ListItem => ({ text: words })),
    z
      .object({ text, items: z.array(listItem).optional(), note: sourceNote.optional() })
      .strict(),
  ]),
);

/** URL-safe identifiers used in references and page addresses. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens, e.g. level-1');
