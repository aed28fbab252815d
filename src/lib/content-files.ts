/**
 * Reads src/content straight from disk and validates it with the same schemas Astro uses.
 * Used by the content check and the tests, which run without Astro; every problem is
 * reported with its file, line and field path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { makeSchemas } from '../schemas';
import { plainReference } from '../schemas/common';
import { COLLECTION_FILES, type CollectionKey } from './collections';
import type { EntriesByCollection, Entry } from './types';

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path, e.g. themes[1].standards[8].number. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** A file's parsed YAML (front matter for MDX), able to say where a field path is. */
export interface SourceFile {
  file: string;
  text: string;
  data: unknown;
  /** The MDX body after the front matter, and the line it starts on. */
  body?: { text: string; line: number } | undefined;
  locate(path: (string | number)[]): { line: number; column: number } | undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function readSourceFile(absolute: string, root: string): SourceFile {
  const text = readFileSync(absolute, 'utf8');
  const file = relative(root, absolute);
  let yamlText = text;
  let lineOffset = 0;
  let body: SourceFile['body'];
  if (absolute.endsWith('.mdx') || absolute.endsWith('.md')) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    yamlText = match ? match[1]! : '';
    lineOffset = 1;
    const bodyStart = match ? match[0].length : 0;
    body = { text: text.slice(bodyStart), line: text.slice(0, bodyStart).split('\n').length };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // Errors carry an offset; give each its line and column for the message.
  const yamlErrors = doc.errors.map((err) => Object.assign(err, { linePos: err.linePos ?? [lineCounter.linePos(err.pos[0])] }));
  const data = yamlErrors.length ? undefined : doc.toJS();
  return {
    file,
    text,
    data,
    body,
    locate(path) {
      let node: unknown = doc.contents;
      let found: YamlNode | undefined = node as YamlNode;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
          if (!pair) break;
          found = (pair.value ?? pair.key) as YamlNode;
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as YamlNode | undefined;
          if (!item) break;
          found = item;
          node = item;
        } else break;
      }
      const offset = found?.range?.[0];
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line + lineOffset, column: pos.col };
    },
    ...(yamlErrors.length ? { yamlErrors } : {}),
  } as SourceFile & { yamlErrors?: typeof yamlErrors };
}

export interface LoadedContent {
  entries: EntriesByCollection;
  files: Map<string, SourceFile>;
  problems: ContentProblem[];
}

/** The value at `path` inside `data`, for quoting what was found in an error message. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Turns a zod issue into one plain-English line: what was found, what was expected. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `this field is required (expected ${issue.expected})`;
      // YAML reads an unquoted 2.10 as the number 2.1: the fix is quotes, not a different value.
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
        return `expected text, found ${describe(found)}; put the value in quotes exactly as written (e.g. "2.10"), or YAML reads it as a ${typeof found}`;
      }
      return `expected ${issue.expected}, found ${describe(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the documented fields`;
    case 'invalid_value':
      return `found ${describe(found)}; expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return `found ${describe(found)}, which is not in any accepted form`;
    default:
      return found !== undefined && typeof found !== 'object'
        ? `${issue.message} (found ${describe(found)})`
        : issue.message;
  }
}

/** One issue per unknown field, at the field itself, so each misspelling is reported on its own line. */
function eachUnknownKey(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}

export function loadContent(root: string): LoadedContent {
  const schemas = makeSchemas(plainReference);
  const files = new Map<string, SourceFile>();
  const problems: ContentProblem[] = [];
  const entries = {} as Record<CollectionKey, Entry<unknown>[]>;

  for (const [name, where] of Object.entries(COLLECTION_FILES) as [CollectionKey, (typeof COLLECTION_FILES)[CollectionKey]][]) {
    const folder = join(root, 'src/content', where.folder);
    const extension = where.pattern.slice(1);
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((f: string) => f.endsWith(extension)).sort();
    } catch {
      names = [];
    }
    entries[name] = [];
    for (const fileName of names) {
      const source = readSourceFile(join(folder, fileName), root);
      files.set(source.file, source);
      const yamlErrors = (source as { yamlErrors?: { message: string; linePos?: { line: number; col: number }[] }[] }).yamlErrors;
      if (yamlErrors) {
        for (const err of yamlErrors) {
          problems.push({
            file: source.file,
            line: (err.linePos?.[0]?.line ?? 0) + (fileName.endsWith('.mdx') ? 1 : 0) || undefined,
            column: err.linePos?.[0]?.col,
            path: '(file)',
            message: `the file is not valid YAML: ${err.message.split('\n')[0]}`,
            severity: 'error',
          });
        }
        continue;
      }
      const result = schemas[name].safeParse(source.data ?? {});
      if (!result.success) {
        for (const issue of result.error.issues.flatMap(eachUnknownKey)) {
          const where = source.locate(issue.path as (string | number)[]);
          problems.push({
            file: source.file,
            line: where?.line,
            column: where?.column,
            path: formatPath(issue.path) || '(file)',
            message: explainIssue(issue, source.data),
            severity: 'error',
          });
        }
        continue;
      }
      entries[name].push({ id: fileName.slice(0, -extension.length), data: result.data, filePath: source.file });
    }
  }
  return { entries: entries as unknown as EntriesByCollection, files, problems };
}
