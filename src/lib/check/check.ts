/**
 * The content check (`npm run check`): validates all content without building the site and
 * reports every problem at once as `file:line:column field: message`. scripts/check.ts only runs it
 * and prints; tests call the same functions.
 */
import { buildCatalog, type Catalog } from '../catalog/catalog';
import { unknownEntryMessage } from '../content/reference-messages';
import { referenceProblems } from '../content/references';
import { mismatchSentence, priceListTotals } from '../costs/totals';
import { loadContent, type ContentProblem } from '../content/files';
import { formatProblem } from '../content/problem-format';
import { contentRules } from './rules';
import { sourceFileProblems } from '../content/kept-sources';
import { publicCollisions, publicFiles } from '../content/public-files';
import { sitePaths } from '../site/routes';
import { z } from 'astro/zod';
import { makeSchemas } from '../../schemas';
import type { ReferenceFn } from '../../schemas/common';
import type { EntriesByCollection } from '../catalog/types';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  CONTENT_FOLDER,
  collectionFolder,
  type CollectionName,
} from '../../schemas/collections';
import { formatPath } from '../content/field-locator';
import type { SourceFile } from '../content/source-file';

export { formatProblem };

/**
 * A reference problem caused by a file that failed its own checks ("x" is not a known framework,
 * because x.mdx has a schema error) is left out: the broken file is reported once, in its own right.
 */
function causedByBroken(message: string, broken: Set<string>): boolean {
  for (const file of broken) {
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    if (
      message.includes(file) ||
      message.includes(`"${id}"`) ||
      message.includes(`"${id}/`) ||
      message.includes(`/${id}/`)
    )
      return true;
  }
  return false;
}

/**
 * The broken references of files that failed their schema, which the catalog never sees: each such
 * file is read again with references that check their id, so one run reports a file's schema
 * problems and its references together (zod gives each problem its path).
 */
function referencesOfBroken(entries: EntriesByCollection, files: Map<string, SourceFile>, broken: Set<string>) {
  const collectionOf = (file: string) => COLLECTION_NAMES.find((c) => file.startsWith(`${collectionFolder(c)}/`));
  const known = (collection: CollectionName) =>
    new Set([
      ...(entries[collection] as { id: string }[]).map((e) => e.id),
      // A broken file is reported in its own right, not again as a missing reference.
      ...[...broken].filter((f) => collectionOf(f) === collection).map((f) => f.replace(/^.*\/|\.[^.]*$/g, '')),
    ]);
  const checking: ReferenceFn = (collection) =>
    z
      .string()
      .superRefine((id, ctx) => {
        const ids = known(collection);
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            params: { reference: true },
            message: unknownEntryMessage(id, COLLECTIONS[collection].entry, ids),
          });
      })
      .transform((id) => ({ id, collection }));
  const schemas = makeSchemas(checking);
  const problems: ContentProblem[] = [];
  for (const file of broken) {
    const source = files.get(file);
    const collection = collectionOf(file);
    if (!source || !collection || source.problems.length) continue;
    const result = schemas[collection].safeParse(source.data ?? {});
    for (const issue of result.error?.issues ?? []) {
      if (issue.code !== 'custom' || !issue.params?.reference) continue;
      const at = source.locate(issue.path as (string | number)[]);
      problems.push({
        file,
        line: at?.line,
        column: at?.column,
        path: formatPath(issue.path),
        message: issue.message,
        severity: 'error',
      });
    }
  }
  return problems;
}

/** Every problem in the content under `rootDir`, sorted by file and line. */
export function checkContent(rootDir: string): ContentProblem[] {
  const { entries, problems, files, broken } = loadContent(rootDir);
  const locate = (p: { file: string; path: string }) =>
    files.get(p.file)?.locate(
      p.path
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
    );
  const fail = (step: string, error: unknown) =>
    problems.push({
      file: CONTENT_FOLDER,
      path: '(check)',
      message: `${step} stopped: ${error instanceof Error ? error.message : String(error)}`,
      severity: 'error',
    });
  // References are checked among the files that passed their schema, so a schema error in one
  // file does not hide the broken references of the others; a broken file's own are checked apart.
  try {
    problems.push(...referencesOfBroken(entries, files, broken));
  } catch (error) {
    fail('checking references', error);
  }
  // Warnings come from each file alone, so they are printed even when the references fail.
  try {
    for (const entry of entries.costs) {
      entry.data.priceLists.forEach((list, i) => {
        const sentence = mismatchSentence(priceListTotals(list));
        if (sentence) {
          const where = files.get(entry.filePath!)?.locate(['priceLists', i, 'publishedTotal']);
          problems.push({
            file: entry.filePath!,
            line: where?.line,
            column: where?.column,
            path: `priceLists[${i}].publishedTotal`,
            message: `${sentence} The page shows both totals.`,
            severity: 'warning',
          });
        }
      });
    }
  } catch (error) {
    fail('checking price totals', error);
  }
  // The rules below read the catalog only when every reference resolves.
  let catalog: Catalog | undefined;
  try {
    const index = buildCatalog(entries);
    const unresolved = referenceProblems(entries, index);
    for (const p of unresolved) {
      if (causedByBroken(p.message, broken)) continue;
      const where = locate(p);
      problems.push({ ...p, line: where?.line, column: where?.column, severity: 'error' });
    }
    if (unresolved.length === 0) catalog = index;
  } catch (error) {
    fail('checking references', error);
  }
  try {
    for (const p of [...contentRules(entries, files, catalog, rootDir), ...sourceFileProblems(entries, rootDir)]) {
      if (causedByBroken(p.message, broken)) continue;
      const where = p.line === undefined ? locate(p) : p;
      problems.push({ ...p, line: where?.line, column: where?.column });
    }
  } catch (error) {
    fail('checking content rules', error);
  }
  try {
    const published = publicFiles(rootDir);
    problems.push(...published.problems);
    if (catalog) problems.push(...publicCollisions(published.files, sitePaths(catalog)));
  } catch (error) {
    fail('checking public/', error);
  }
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/** What `npm run check` prints and its exit code: 1 when there is an error, warnings alone pass. */
export interface CheckReport {
  lines: string[];
  exitCode: 0 | 1;
}

/** Runs the check on `rootDir` and words the result: one line per problem, then a summary. */
export function checkReport(rootDir: string, now: () => number = () => performance.now()): CheckReport {
  const started = now();
  let problems: ContentProblem[];
  try {
    problems = checkContent(rootDir);
  } catch (error) {
    // Never a stack trace: whatever went wrong is one line, and the check fails.
    problems = [
      {
        file: CONTENT_FOLDER,
        path: '(check)',
        message: `the check stopped: ${error instanceof Error ? error.message : String(error)}`,
        severity: 'error',
      },
    ];
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const seconds = ((now() - started) / 1000).toFixed(2);
  return {
    lines: [
      ...problems.map(formatProblem),
      `\nContent check: ${errors} error(s), ${warnings} warning(s) in ${seconds}s.`,
    ],
    exitCode: errors > 0 ? 1 : 0,
  };
}
