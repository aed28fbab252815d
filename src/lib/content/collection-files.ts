/**
 * Which files a collection's folder under src/content may hold (the folders: src/schemas/collections.ts).
 * Shared by Astro's loaders (src/content.config.ts) and the content check, so neither can take a
 * file the other refuses.
 */
import { existsSync, lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { COLLECTIONS, collectionFolder, type CollectionName } from '../../schemas/collections';
import { MAX_SLUG_LENGTH, slugTooLong } from '../../schemas/common';
import { SLUG_PATTERN, toSlug } from '../../schemas/patterns';

/** Real content files are under 40 KB; anything this large is a mistake or an attack on the build. */
export const MAX_FILE_BYTES = 256 * 1024;

const FILE_NAME = SLUG_PATTERN;

/**
 * The id Astro's glob() loader gives a file (github-slugger over the name without its extension),
 * which is why "Harrow.yaml" and "harrow~.yaml" would both become "harrow".
 */
export const astroEntryId = (name: string) => githubSlug(name.replace(/\.[^.]*$/, ''));

/** A name FILE_NAME accepts, made from `name`; "my-file" when nothing of it is left. */
function plainName(name: string): string {
  return toSlug(name) || 'my-file';
}

/**
 * Why a file inside a collection's folder may not be published, or undefined when it may.
 * `entry` is its path relative to the folder, with `/` between folders.
 */
export function entryFileProblem(collection: CollectionName, entry: string, absolute: string): string | undefined {
  const { extension } = COLLECTIONS[collection];
  const folder = collectionFolder(collection);
  if (entry.split('/').some((part) => part.startsWith('.'))) {
    return `a name starting with "." is hidden, and Astro does not read it, so this file would not be published; remove it, or rename it without the "." if it is content`;
  }
  if (entry.includes('/')) {
    return `a collection has no sub-folders, so this file would not be published; move it into ${folder}/ itself`;
  }
  const stat = lstatSync(absolute);
  if (stat.isSymbolicLink()) return 'a symbolic link is not allowed in content; put the file itself here';
  if (stat.isDirectory()) return `a collection has no sub-folders; move the files into ${folder}/ itself`;
  if (!stat.isFile()) return 'only ordinary files are allowed in content';
  if (!entry.endsWith(extension)) {
    return `files in ${folder}/ must end in ${extension}; this one would not be published`;
  }
  const name = entry.slice(0, -extension.length);
  if (!FILE_NAME.test(name)) {
    // A letter from another alphabet that looks like a-z (Cyrillic "а") is named, or the suggestion would look unchanged.
    const foreign = [...name].find((c) => c > '\u007f');
    const lookAlike =
      foreign === undefined
        ? ''
        : `"${foreign}" (U+${foreign.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not one of a-z, though it may look like one; `;
    // A suggestion that is another file's name already (London.yaml beside london.yaml) would replace that file.
    let suggested = plainName(name);
    for (let n = 2; existsSync(join(dirname(absolute), `${suggested}${extension}`)); n++)
      suggested = `${plainName(name)}-${n}`;
    return `${lookAlike}a file name uses only lower-case letters a-z, digits and hyphens, then ${extension} (e.g. "${suggested}${extension}"), because the name is the page address`;
  }
  if (name.length > MAX_SLUG_LENGTH) return `the file name ${slugTooLong}`;
  if (stat.size > MAX_FILE_BYTES) {
    return `the file is ${Math.ceil(stat.size / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB`;
  }
  return undefined;
}
