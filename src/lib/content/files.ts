/**
 * Reads src/content straight from disk and validates it with the same schemas Astro uses.
 * Used by the content check and the tests, which run without Astro; every problem is
 * reported with its file, line and field path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load } from 'js-yaml';
import {
  LineCounter,
  parseDocument,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { z } from 'astro/zod';
import { makeSchemas } from '../../schemas';
import { plainReference } from '../../schemas/common';
import { forbiddenCharacter, forbiddenCharacterAt } from '../../schemas/characters';
import { bodyBoundsProblem } from './mdx-bounds';
import { astroEntryId, COLLECTION_FILES, entryFileProblem, type CollectionKey } from './collections';
import type { EntriesByCollection, Entry } from '../catalog/types';

/** A problem found in content: its file, line and column, field path, message and severity. */
export type { ContentProblem } from './problem-format';
import type { ContentProblem } from './problem-format';

/** A file's parsed YAML (front matter for MDX), able to say where a field path is. */
export interface SourceFile {
  file: string;
  text: string;
  data: unknown;
  /** The MDX body after the front matter, and the line it starts on. */
  body?: { text: string; line: number } | undefined;
  /** Why the file cannot be read as content (YAML syntax, front matter, anchors); empty when it can. */
  problems: FileProblem[];
  locate(path: (string | number)[]): { line: number; column: number } | undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/**
 * The first reason a content file cannot be read as content (front matter, a leading --- line,
 * anchors and aliases, YAML syntax) as `line:column: message`, or undefined. Astro's loaders call
 * this from generateId, after reading the file but before validating it, so a plain `astro build`
 * refuses what the check refuses, and an alias bomb is never expanded by the schema.
 */
export function sourceFileProblem(absolute: string, collection?: CollectionKey): string | undefined {
  const source = readSourceFile(absolute, dirname(absolute));
  const problem = source.problems[0] ?? (collection && firstSchemaProblem(collection, source));
  return (
    problem &&
    `${problem.line ?? 1}:${problem.column ?? 1}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`
  );
}

let loaderSchemas: ReturnType<typeof makeSchemas> | undefined;
/** The check's first schema problem in a file, for Astro's loaders: its message, not Astro's own with a stack trace. */
function firstSchemaProblem(collection: CollectionKey, source: SourceFile): ContentProblem | undefined {
  const result = validate((loaderSchemas ??= makeSchemas(plainReference)), collection, source);
  return result.success ? undefined : result.problems[0];
}

/** A problem with a whole file (its name, its YAML), with the line and column where known. */
interface FileProblem {
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** The field, where one is at fault. */ path?: string | undefined;
}

/** What the check refuses in YAML that Astro would read (anchors, aliases, merge keys): checked before js-yaml builds any data. */
function yamlShapeProblems(yamlText: string, document: () => Document, lineCounter: LineCounter): FileProblem[] {
  // An alias makes many fields share one value; a few nested ones under 1 KB expand to billions of
  // values when validated. Anchors and aliases are never needed in content, so both are refused.
  if (!/[&*]|<</.test(yamlText)) return [];
  const problems: FileProblem[] = [];
  visit(document(), (_key, node) => {
    // Astro's YAML reader (js-yaml) takes a `<<` key as a merge: the fields of another map copied in
    // unseen. Content never needs it; the yaml library reads it as an ordinary key, so it is found here.
    if (isPair(node) && isScalar(node.key) && node.key.value === '<<' && node.key.type === 'PLAIN') {
      const pos = lineCounter.linePos(node.key.range?.[0] ?? 0);
      problems.push({
        line: pos.line,
        column: pos.col,
        message:
          'YAML merge keys (<<) are not allowed in content: they copy in fields that are not written here; write the fields out in full',
      });
      return visit.BREAK;
    }
    const anchor = isNode(node) && !isAlias(node) ? node.anchor : undefined;
    if (!isAlias(node) && anchor === undefined) return undefined;
    const pos = lineCounter.linePos((node as YamlNode).range?.[0] ?? 0);
    const what = isAlias(node) ? `alias *${node.source}` : `anchor &${anchor}`;
    problems.push({
      line: pos.line,
      column: pos.col,
      message: `YAML anchors (&name) and aliases (*name) are not allowed in content, found the ${what}; write the value out in full`,
    });
    return visit.BREAK;
  });
  return problems;
}

/**
 * Reads a content file the way Astro's loaders do: the front matter of an .mdx file is what Astro's
 * own extractFrontmatter finds, and the YAML is read by js-yaml's load() with its default schema, as
 * Astro reads it (so an unquoted 2021-03-04 is a date here too, and is reported as one). What Astro
 * would read differently from how it looks (TOML front matter, a --- line at the top of a .yaml
 * file, anchors and aliases) is refused with its line.
 */
export function readSourceFile(absolute: string, root: string): SourceFile {
  const text = readFileSync(absolute, 'utf8');
  const file = relative(root, absolute);
  const problems: FileProblem[] = [];
  let yamlText = text;
  let body: SourceFile['body'];
  if (absolute.endsWith('.mdx') || absolute.endsWith('.md')) {
    const raw = extractFrontmatter(text);
    // Astro also accepts +++ (TOML), blank lines before the ---, and a closing --- that runs on into
    // text; the check accepts only the plain form, so both read the same front matter.
    const closing = raw === undefined ? '' : text.slice(3 + raw.length + 3, 3 + raw.length + 4);
    if (
      raw === undefined ||
      !/^---\r?\n/.test(text) ||
      !text.startsWith(`---${raw}---`) ||
      !/^(\r|\n|)$/.test(closing)
    ) {
      problems.push({
        line: 1,
        column: 1,
        message: text.startsWith('+++')
          ? 'front matter between "+++" lines is TOML; write the fields as YAML between two "---" lines'
          : text.startsWith('\uFEFF')
            ? 'the file starts with an invisible byte-order mark (U+FEFF) before its "---"; save it as UTF-8 without a byte-order mark'
            : 'the file must start with its front matter: a line "---", the YAML fields, then a line "---"',
      });
    }
    yamlText = raw ?? '';
    const bodyStart = raw === undefined ? 0 : raw.length + 6;
    body = { text: text.slice(bodyStart), line: text.slice(0, bodyStart).split('\n').length };
  } else if (/^\uFEFF?(---|\+\+\+)/.test(text)) {
    problems.push({
      line: 1,
      column: 1,
      message:
        'a .yaml file starts straight with its fields; remove the "---" or "+++" line at the top (front matter is only for .mdx files)',
    });
  }
  // Line numbers below count from the start of yamlText, which for an .mdx file begins with the
  // newline that ends the opening ---, so they are the file's own line numbers.
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  const document = () => (doc ??= parseDocument(yamlText, { lineCounter, prettyErrors: false }));
  let data: unknown;
  if (problems.length === 0) problems.push(...yamlShapeProblems(yamlText, document, lineCounter));
  if (problems.length === 0) {
    try {
      // Exactly Astro's call (astro/dist/core/config/settings.js, @astrojs/internal-helpers/frontmatter).
      data = yamlText.trim() === '' ? null : load(yamlText);
    } catch (error) {
      // A control character YAML refuses ("non-printable characters") is named, at its place.
      const character = forbiddenCharacterAt(yamlText, true);
      if (character) problems.push({ ...character, path: '(file)' });
      // The yaml library's messages are clearer; js-yaml's own stands when only js-yaml refuses.
      else
        for (const err of document().errors) {
          const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
          problems.push({
            line: pos.line,
            column: pos.col,
            message: `the file is not valid YAML: ${err.message.split('\n')[0]}`,
          });
        }
      if (problems.length === 0) {
        const mark = (error as { mark?: { line: number; column: number } }).mark;
        const reason = (error as { reason?: string }).reason ?? (error as Error).message;
        problems.push({
          line: mark && mark.line + 1,
          column: mark && mark.column + 1,
          message: `the file is not valid YAML: ${reason}`,
        });
      }
    }
  }
  const source: SourceFile = {
    file,
    text,
    data,
    body,
    problems,
    locate(path) {
      const offset = nodeAt(path)?.range?.[0];
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
  /** The YAML node at `path`, or the nearest one above it that exists. */
  function nodeAt(path: (string | number)[]): YamlNode | undefined {
    let node: unknown = document().contents;
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
    return found;
  }
  if (problems.length === 0) {
    problems.push(
      ...characterProblems(data, yamlText, body, (path, found) => {
        // The character itself where it is written as it is; the field's start where it is escaped ("\u202E").
        const range = nodeAt(path)?.range;
        const inText = range && forbiddenCharacter(yamlText.slice(range[0], range[1]), true);
        const pos = lineCounter.linePos(range ? range[0] + (inText && inText.message === found ? inText.index : 0) : 0);
        return { line: pos.line, column: pos.col };
      }),
    );
  }
  return source;
}

/**
 * Every string in the file's data (values and keys, in every field, whatever its schema) and its
 * body, against the one character rule (src/schemas/characters.ts), and the body against its bounds
 * (./mdx-bounds): read here, before any schema or MDX parser, so the check and Astro's loaders
 * (through sourceFileProblem) refuse the same files.
 */
function characterProblems(
  data: unknown,
  yamlText: string,
  body: SourceFile['body'],
  at: (path: (string | number)[], message: string) => { line: number; column: number },
): FileProblem[] {
  const problems: FileProblem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const found = forbiddenCharacter(value);
      if (found)
        problems.push({ ...at(path, found.message), path: formatPath(path) || '(file)', message: found.message });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = forbiddenCharacter(key);
        if (found)
          problems.push({
            ...at(path, found.message),
            path: formatPath(path) || '(file)',
            message: `a field name ${found.message}`,
          });
        else walk(item, [...path, key]);
      }
    }
  };
  walk(data, []);
  // What never reaches the data: a lone CR, which YAML reads as a line break, or a character in a comment.
  const inYaml = problems.length === 0 && forbiddenCharacterAt(yamlText, true);
  if (inYaml) problems.push({ ...inYaml, path: '(file)' });
  if (body) {
    // The body's position 1:1 is the end of the closing --- line.
    const inBody = forbiddenCharacterAt(body.text, true) ?? bodyBoundsProblem(body.text);
    if (inBody)
      problems.push({
        line: body.line + inBody.line - 1,
        column: inBody.column,
        path: 'body',
        message: inBody.message,
      });
  }
  return problems;
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
  if (Object.is(value, -0)) return '-0'; // JSON would write 0
  // JSON would print both as null, which is not what the file says.
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (YAML\'s "not a number")';
  if (value === Infinity || value === -Infinity) return `${value < 0 ? '-' : ''}.inf (YAML's infinity)`;
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
      // Astro's YAML reader turns an unquoted 2021-03-04 into a date, and 2009-06-31 into 1 July.
      if (issue.expected === 'string' && found instanceof Date) {
        return 'expected text, found a date without quotes, which YAML reads as a date (and moves an impossible day such as 2009-06-31 on to the next month); put it in quotes exactly as written, e.g. "2021-03-04"';
      }
      // A whole number's own rule says why it must be whole ("due dates are worked out from it").
      if (issue.expected === 'int' && typeof found === 'number') {
        return `${/^Invalid input/.test(issue.message) ? 'expected a whole number' : issue.message} (found ${describe(found)})`;
      }
      // A schema that says how to write a bare value where a mapping or list belongs (a date) is heard.
      if ((issue.expected === 'object' || issue.expected === 'array') && !/^Invalid input/.test(issue.message)) {
        return `found ${describe(found)}; ${issue.message}`;
      }
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
  name: CollectionKey,
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
  const entries = {} as Record<CollectionKey, Entry<unknown>[]>;

  for (const [name, { folder: where, extension }] of Object.entries(COLLECTION_FILES) as [
    CollectionKey,
    (typeof COLLECTION_FILES)[CollectionKey],
  ][]) {
    const folder = join(root, 'src/content', where);
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
