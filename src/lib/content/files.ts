/**
 * Reads src/content straight from disk and validates it with the same schemas Astro uses.
 * Used by the content check and the tests, which run without Astro; every problem is
 * reported with its file, line and field path. Reading one file is ./source-file.ts; where a
 * field is, ./field-locator.ts; how a schema's complaint is worded, ./zod-messages.ts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { makeSchemas } from '../../schemas';
import { plainReference } from '../../schemas/common';
import { COLLECTIONS, COLLECTION_NAMES, collectionFolder, type CollectionName } from '../../schemas/collections';
import { astroEntryId, entryFileProblem } from './collection-files';
import type { EntriesByCollection, Entry } from '../catalog/types';
import { formatPath } from './field-locator';
import { readSourceFile, type SourceFile } from './source-file';
import { eachUnknownKey, explainIssue } from './zod-messages';

export type { ContentProblem } from './problem-format';
import type { ContentProblem } from './problem-format';

/**
 * The first reason a content file cannot be read as content (front matter, a leading --- line,
 * anchors and aliases, YAML syntax) as `line:column: message`, or undefined. Astro's loaders call
 * this from generateId, after reading the file but before validating it, so a plain `astro build`
 * refuses what the check refuses, and an alias bomb is never expanded by the schema.
 */
export function sourceFileProblem(absolute: string, collection?: CollectionName): string | undefined {
  const source = readSourceFile(absolute, dirname(absolute));
  const problem = source.problems[0] ?? (collection && firstSchemaProblem(collection, source));
  return (
    problem &&
    `${problem.line ?? 1}:${problem.column ?? 1}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`
  );
}

let loaderSchemas: ReturnType<typeof makeSchemas> | undefined;
/** The check's first schema problem in a file, for Astro's loaders: its message, not Astro's own with a stack trace. */
function firstSchemaProblem(collection: CollectionName, source: SourceFile): ContentProblem | undefined {
  const result = validate((loaderSchemas ??= makeSchemas(plainReference)), collection, source);
  return result.success ? undefined : result.problems[0];
}

/** A file-level problem (no field), as the check prints it: `file (file): message`. */
const fileProblem = (file: string, message: string, line?: number, column?: number): ContentProblem => ({
  file,
  line,
  column,
  path: '(file)',
  message,
  severity: 'error',
});

/** A file's data against its collection's schema: the data, or one problem per mistake, each at its field. */
function validate(
  schemas: ReturnType<typeof makeSchemas>,
  name: CollectionName,
  source: SourceFile,
): { success: true; data: unknown } | { success: false; problems: ContentProblem[] } {
  const result = schemas[name].safeParse(source.data ?? {});
  if (result.success) return { success: true, data: result.data };
  const problems: ContentProblem[] = [];
  const said = new Set<string>();
  for (const issue of result.error.issues.flatMap(eachUnknownKey)) {
    // A URL that fails on both protocol and host is one mistake, said once.
    const key = `${formatPath(issue.path)} ${issue.message}`;
    if (said.has(key)) continue;
    said.add(key);
    const at = source.locate(issue.path as (string | number)[]);
    problems.push({
      file: source.file,
      line: at?.line,
      column: at?.column,
      path: formatPath(issue.path) || '(file)',
      message: explainIssue(issue, source.data),
      severity: 'error',
    });
  }
  return { success: false, problems };
}

export interface LoadedContent {
  entries: EntriesByCollection;
  files: Map<string, SourceFile>;
  problems: ContentProblem[];
  /** Files that exist but could not be read or failed their schema (e.g. src/content/councils/harrow.yaml). */
  broken: Set<string>;
}

/**
 * Reads every collection as Astro's loaders would, refusing every file they would read differently
 * or not at all (see entryFileProblem), and validates what it reads with the build's schemas.
 * Never throws for bad content: every problem, even an unexpected one, comes back with its file.
 */
export function loadContent(root: string): LoadedContent {
  const schemas = makeSchemas(plainReference);
  const files = new Map<string, SourceFile>();
  const problems: ContentProblem[] = [];
  const broken = new Set<string>();
  const entries = {} as Record<CollectionName, Entry<unknown>[]>;

  for (const name of COLLECTION_NAMES) {
    const { extension } = COLLECTIONS[name];
    const folder = join(root, collectionFolder(name));
    entries[name] = [];
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      names = [];
    }
    // Astro's id for every file it would load, to catch two files that would become one page. Well
    // named files claim their id first, so the message lands on the stray copy.
    const claimed = new Map<string, string>();
    const sameId = new Map<string, string>();
    const loadable = names.filter((n) => n.endsWith(extension) && !n.startsWith('.')); // Astro never reads hidden files
    const wellNamed = (n: string) => astroEntryId(n) === n.slice(0, -extension.length);
    for (const fileName of [...loadable.filter(wellNamed), ...loadable.filter((n) => !wellNamed(n))]) {
      const id = astroEntryId(fileName);
      const other = claimed.get(id);
      if (other === undefined) claimed.set(id, fileName);
      else sameId.set(fileName, other);
    }
    for (const fileName of names) {
      const absolute = join(folder, fileName);
      const file = relative(root, absolute);
      try {
        const other = sameId.get(fileName);
        if (other !== undefined) {
          problems.push(
            fileProblem(
              file,
              `Astro would read this file as "${astroEntryId(fileName)}", the same entry as ${relative(root, join(folder, other))}, and publish only one of them; rename or remove it`,
            ),
          );
        }
        const why = entryFileProblem(name, fileName, absolute);
        if (why) {
          problems.push(fileProblem(file, why));
          continue;
        }
        const id = fileName.slice(0, -extension.length);
        const source = readSourceFile(absolute, root);
        files.set(source.file, source);
        if (source.problems.length) {
          for (const p of source.problems)
            problems.push({ ...fileProblem(source.file, p.message, p.line, p.column), path: p.path ?? '(file)' });
          broken.add(file);
          continue;
        }
        const result = validate(schemas, name, source);
        if (!result.success) {
          problems.push(...result.problems);
          broken.add(file);
          continue;
        }
        entries[name].push({ id, data: result.data, filePath: source.file });
      } catch (error) {
        problems.push(
          fileProblem(
            file,
            `the check could not read this file: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
        broken.add(file);
      }
    }
  }
  return { entries: entries as unknown as EntriesByCollection, files, problems, broken };
}
