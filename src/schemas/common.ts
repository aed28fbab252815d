/**
 * Building blocks shared by every content schema.
 *
 * Schemas are written as factories that take Astro's `reference()` so the same
 * definitions serve Astro's content layer (src/content.config.ts) and our own
 * tooling (the content check and tests), which passes `plainReference`.
 */
import { z } from 'astro/zod';
import { forbiddenCharacter, looksEmpty } from './characters';
import { SLUG_PATTERN, SOURCE_FILE_PATTERN, SOURCE_FILE_WORDS } from './patterns';
import type { CollectionName } from './collections';

/** What a reference resolves to: the same shape Astro's `reference()` produces. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** A reference is written in a file as the id it points at, and resolves to an `EntryRef`. */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, string>;

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
    const character = forbiddenCharacter(value);
    if (character) {
      ctx.addIssue({ code: 'custom', message: character.message });
    } else if (looksEmpty(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} is empty${value === '' || value.trim() === '' ? '' : ' (it holds only invisible characters, such as zero-width spaces)'}; write it as the source gives it, or leave the field out if it is optional`,
      });
    } else if (value.length > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} is ${value.length} characters long; at most ${max} are allowed (check for a paste that went wrong)`,
      });
    }
  });

/**
 * Text in the source's words: no control, bidi or line-separator characters (./characters), not
 * empty or only spaces and invisible characters, at most MAX_TEXT_LENGTH characters. Its metadata
 * (`longText`, kept by its copies and in its JSON Schema) tells it from a title: a text area in the editor.
 */
export const text = boundedText(MAX_TEXT_LENGTH, 'the text').meta({ longText: true });
/** A title or name: as `text`, at most MAX_TITLE_LENGTH characters. */
export const shortText = boundedText(MAX_TITLE_LENGTH, 'the title or name');

/**
 * A web address. Only https: an http: address can be altered on the way, and javascript: or data:
 * would run in the visitor's browser when the link is followed.
 */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error:
    'expected a web address starting https:// with a domain name, e.g. https://www.local.gov.uk/; http:, javascript: and data: addresses are not allowed',
});

export { whyNotADate } from './calendar';
import { whyNotADate } from './calendar';

/**
 * The years a date in content may fall in. Member development charters date from the late 1990s;
 * a year outside the window is a typo, and the site works out due dates and calendar entries from
 * dates (9999 would publish "Due by 10002-12-31" and a calendar date no program can read).
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
const outsideYears = (y: number) => y < FIRST_YEAR || y > LAST_YEAR;
const YEARS_RULE = `the year is outside ${FIRST_YEAR} to ${LAST_YEAR}, the years content may give; check it against the source`;

/**
 * A calendar date that exists, written YYYY-MM-DD in quotes. YAML (as Astro reads it) turns an
 * unquoted date into a Date and silently moves 2009-06-31 on to 1 July, so a Date is refused.
 */
export const isoDate = z.string().superRefine((value, ctx) => {
  const why = whyNotADate(value);
  if (why) ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date: ${why}` });
  else if (outsideYears(Number(value.slice(0, 4)))) ctx.addIssue({ code: 'custom', message: YEARS_RULE });
});

/** A month, written YYYY-MM, for sources that give only a month ("Early November 2008"). */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written as YYYY-MM, e.g. 2008-11')
  .refine((value) => !outsideYears(Number(value.slice(0, 4))), YEARS_RULE);

/** A theme's, stage's or section's number as the source prints it: 1, 2, 3… */
export const ordinal = z.number().int().positive();

/** A year on its own (a strategy's period), within the same window. */
export const year = z
  .number()
  .int('a year is a whole number, e.g. 2021')
  .refine((value) => !outsideYears(value), YEARS_RULE);

/** Words that give a year alone, perhaps approximately: "2019", "in 2019", "c. 2016", "about 2016". */
export function yearAlone(words: string): { year: number; about: boolean } | undefined {
  const match = /^\s*(?:in\s+)?(c\.|ca\.|circa|about|around|approximately)?\s*(\d{4})\s*$/i.exec(words);
  return match ? { year: Number(match[2]), about: Boolean(match[1]) } : undefined;
}
/** The fields a year alone is written with: `year: 2016, approximate: true`. */
export const yearFields = ({ year, about }: { year: number; about: boolean }) =>
  `year: ${year}${about ? ', approximate: true' : ''}`;
/** A date written as YAML flow, the way the check suggests it. */
export const dateInYaml = (asPublished: string, fields?: string) =>
  `{ asPublished: ${JSON.stringify(asPublished)}${fields ? `, ${fields}` : ''} }`;

/**
 * The way to write a bare value where a date belongs (`reviewed: 2019`, `published: "c. 2016"`): the
 * source's words and, where they give one, the year.
 */
const bareDate = (inList: boolean) => (issue: { code?: string; input?: unknown }) => {
  const words = typeof issue.input === 'number' && Number.isInteger(issue.input) ? String(issue.input) : issue.input;
  if (issue.code !== 'invalid_type' || typeof words !== 'string') return undefined;
  const alone = yearAlone(words);
  const written = dateInYaml(words, alone && yearFields(alone));
  return `a date keeps the source's words in asPublished; write ${inList ? `[${written}]` : written}${alone ? '' : ', adding date, month or year where the words name one'}`;
};

/**
 * A date as a source document states it. `asPublished` keeps the source's words; `date`, `month`
 * or `year` (one of them) is filled only where those words name one unambiguously, and
 * `approximate` marks words that say the date is not exact ("c. 2016", "about 2019").
 * A date that cannot exist ("31 June 2009") keeps its words and is flagged, never corrected.
 */
export const sourceDate = z
  .object(
    {
      asPublished: text,
      date: isoDate.optional(),
      month: isoMonth.optional(),
      /** A year alone ("awarded the Charter in 2019"), written as a number. */
      year: year.optional(),
      /** The source says the date is approximate ("c. 2016"); only with a date, month or year. */
      approximate: z.literal(true).optional(),
      /** `impossible-date`: the source names a day that does not exist. */
      flag: z.enum(['impossible-date']).optional(),
    },
    { error: bareDate(false) },
  )
  .strict()
  .superRefine((value, ctx) => {
    const given = (['date', 'month', 'year'] as const).filter((k) => value[k] !== undefined);
    if (given.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [given[1]!],
        message: `give one of date, month or year, not ${given.join(' and ')}`,
      });
    }
    if (value.flag === 'impossible-date' && given.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['flag'],
        message: "an impossible date keeps only the source's words (asPublished); remove date, month and year",
      });
    }
    if (value.approximate && !given.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['approximate'],
        message:
          'approximate marks a date, month or year the source gives as not exact; give one of them, e.g. year: 2016',
      });
    }
  });

/** Several dates as the source lists them ("reviewed in 2010 and 2016"); a bare year gets the way to write it. */
export const sourceDates = z.array(sourceDate, { error: bareDate(true) });

/**
 * The largest amount of money and quantity content may give: real prices are under £10,000. Above
 * these a figure is a typo, and a total of huge lines would no longer be a number the site can print.
 */
export const MAX_MONEY = 1_000_000;
export const MAX_QUANTITY = 1000;

/** A sum of money in pounds, at most two decimal places, never negative. */
export const money = z
  .number()
  .nonnegative('an amount of money cannot be negative')
  .refine((n) => !Object.is(n, -0), 'an amount of money cannot be negative; write 0 without a minus sign')
  .max(MAX_MONEY, `an amount of money is at most £${MAX_MONEY.toLocaleString('en-GB')}; check for a typo`)
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
    file: z.string().regex(SOURCE_FILE_PATTERN, `expected ${SOURCE_FILE_WORDS}`).optional(),
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
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          "give the copy kept under sources/ (file), or the document's https address (url) with the date it was retrieved (retrieved)",
      });
    } else if (source.file === undefined && source.retrieved === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retrieved'],
        message: 'a source cited only by its web address needs the date it was retrieved, written YYYY-MM-DD',
      });
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
    z.object({ text, items: z.array(listItem).optional(), note: sourceNote.optional() }).strict(),
  ]),
);

/**
 * The longest slug, id, standard number or file name: each becomes part of a page address and a
 * folder name in the built site, and a name over 255 bytes stops the build (ENAMETOOLONG).
 */
export const MAX_SLUG_LENGTH = 80;
export const slugTooLong = `is longer than ${MAX_SLUG_LENGTH} characters; it becomes part of a page address, so keep it short`;

/** URL-safe identifiers used in references and page addresses. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'expected lower-case letters, digits and hyphens, e.g. level-1')
  .max(MAX_SLUG_LENGTH, `the id ${slugTooLong}`);
