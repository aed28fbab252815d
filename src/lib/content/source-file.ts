/**
 * Reads one content file the way Astro's loaders do (YAML, or an .mdx file's front matter), and
 * refuses what Astro would read differently from how it looks; each problem with its line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load } from 'js-yaml';
import {
  LineCounter,
  parseDocument,
  isAlias,
  isNode,
  isPair,
  isScalar,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { forbiddenCharacter, forbiddenCharacterAt } from '../../schemas/characters';
import { bodyBoundsProblem } from './mdx-bounds';
import { fieldPosition, formatPath, nodeAt } from './field-locator';

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
    locate: (path) => fieldPosition(document().contents, lineCounter, path),
  };
  if (problems.length === 0) {
    problems.push(
      ...characterProblems(data, yamlText, body, (path, found) => {
        // The character itself where it is written as it is; the field's start where it is escaped ("\u202E").
        const range = nodeAt(document().contents, path)?.range;
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
