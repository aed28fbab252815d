/**
 * Provenance that is true: every file an entry cites (`source.file`, `sources.<group>.file`) must be a regular file kept directly
 * in sources/, so no page says a copy is kept with the site's content when it is not, and nothing
 * outside the repository (a symbolic link to /etc/passwd, `sources/..`) is ever named or published
 * as one. `keptSourceProblem` is the one rule, for the check and for anything that publishes copies.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problem-format';
import { KEPT_NAME_PATTERN, SOURCE_FILE_WORDS, SOURCES_FOLDER } from '../../schemas/patterns';
import type { EntriesByCollection, Entry } from '../catalog/types';

interface Cited {
  file?: string | undefined;
}
interface WithSource {
  source?: Cited | undefined;
  /** A framework's citations for groups of its facts taken from other documents. */
  sources?: Record<string, Cited | undefined> | undefined;
}

/** Every citation an entry's data makes, with its field path: `source`, then each of `sources`. */
export function citationsOf(data: WithSource | undefined): { path: string; source: Cited }[] {
  const groups = Object.entries(data?.sources ?? {}).map(([group, source]) => ({ path: `sources.${group}`, source }));
  return [{ path: 'source', source: data?.source }, ...groups].filter(
    (c): c is { path: string; source: Cited } => c.source !== undefined,
  );
}

/** Why `file` (e.g. `sources/east-midlands-charter.txt`) is not a kept copy under `root`, or undefined when it is. */
export function keptSourceProblem(file: string, root: string): string | undefined {
  const name = file.startsWith(`${SOURCES_FOLDER}/`) ? file.slice(SOURCES_FOLDER.length + 1) : undefined;
  if (name === undefined || !KEPT_NAME_PATTERN.test(name)) {
    return `"${file}" is not a file name directly inside ${SOURCES_FOLDER}/: a kept copy is ${SOURCE_FILE_WORDS}`;
  }
  return entryProblem(join(root, file), file);
}

/** Why the entry at `absolute` (shown as `file`) is not a regular file that exists, or undefined. */
function entryProblem(absolute: string, file: string): string | undefined {
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch {
    return `"${file}" is not in the repository; add the document's text as ${file}, or cite it by url with the date it was retrieved instead`;
  }
  if (stat.isSymbolicLink())
    return `"${file}" is a symbolic link, which could point anywhere on the machine that builds the site; put the document's text itself in ${SOURCES_FOLDER}/`;
  if (!stat.isFile())
    return `"${file}" is ${stat.isDirectory() ? 'a folder' : 'not an ordinary file'}; a kept copy is one ordinary file directly inside ${SOURCES_FOLDER}/`;
  return undefined;
}

/** Every cited file that is not a kept copy, and every entry of sources/ that is not a regular file. */
export function sourceFileProblems(entries: EntriesByCollection, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const list of Object.values(entries) as Entry<WithSource>[][]) {
    for (const entry of list) {
      for (const { path, source } of citationsOf(entry.data)) {
        const message = source.file === undefined ? undefined : keptSourceProblem(source.file, root);
        if (message)
          problems.push({ file: entry.filePath ?? entry.id, path: `${path}.file`, message, severity: 'error' });
      }
    }
  }
  let names: string[];
  try {
    names = readdirSync(join(root, SOURCES_FOLDER)).sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    const file = `${SOURCES_FOLDER}/${name}`;
    const message = entryProblem(join(root, file), file);
    if (message) problems.push({ file, path: '(file)', message, severity: 'error' });
  }
  return problems;
}
