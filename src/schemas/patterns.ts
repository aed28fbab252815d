/**
 * The patterns content names follow, with no dependency, so the self-assessment recorder can check
 * what an officer types in the browser by the same rules as the schemas without shipping zod.
 */
import { STANDARD_SLUG } from './standard-slug';

/** Lower-case letters and digits in runs joined by single hyphens ("level-1"): ids, file names, page addresses. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Text made into a name SLUG_PATTERN accepts: accents dropped, anything else between a-z and 0-9 a hyphen ("Logo 1" → "logo-1"); "" when nothing is left. */
export const toSlug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A pattern's body without its anchors, to build a longer pattern from it. */
const unanchored = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');

/** A standard's id: its framework's id, a slash and the standard's slug ("east-midlands/2.9"). */
export const STANDARD_ID_PATTERN = new RegExp(`^${unanchored(SLUG_PATTERN)}/${unanchored(STANDARD_SLUG)}$`);

/** The folder kept copies of source documents live in, relative to the repository root. */
export const SOURCES_FOLDER = 'sources';

/** A kept copy's name: letters, digits, "-", "_" and ".", a letter or digit first (so neither ".", ".." nor a hidden file). */
export const KEPT_NAME_PATTERN = /^[A-Za-z0-9][\w.-]*$/;

/**
 * A file cited as kept under sources/ ("sources/east-midlands-charter.txt"). Whether the file is
 * there, as an ordinary file, is the content check's rule, `keptSourceProblem`.
 */
export const SOURCE_FILE_PATTERN = new RegExp(`^${SOURCES_FOLDER}/${unanchored(KEPT_NAME_PATTERN)}$`);

/** SOURCE_FILE_PATTERN in words, for the messages that refuse a cited file. */
export const SOURCE_FILE_WORDS = `${SOURCES_FOLDER}/ then a name of letters, digits, "-", "_" and "." that does not start with "." (e.g. ${SOURCES_FOLDER}/east-midlands-charter.txt)`;
