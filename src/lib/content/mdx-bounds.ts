/**
 * Bounds on an MDX body, so what the check passes the build survives.
 *
 * - Before parsing (`bodyBoundsProblem`, called by the reader of every content file, so by the check
 *   and by Astro's loaders before the MDX is parsed): micromark, the parser MDX uses, takes time that
 *   grows with the square of some inputs: each "]" looks back over every bracket before it in its
 *   paragraph, emphasis markers pair up the same way, and "1. 1. 1. …" opens one list inside another
 *   per marker. 240 KB of "[a](" took 24 s, 64 KB of "_*a" over a minute. So a body is at most
 *   MAX_BODY_BYTES, MAX_BODY_LINES lines and MAX_BODY_MARKUP markup characters, and a line opens at
 *   most MAX_LINE_CONTAINERS lists or quotations; within these the slowest body measured parses in
 *   well under a second.
 * - After parsing (`nestingProblem`, called by the MDX safety pass, so by the check and by the remark
 *   plugin before anything is compiled): a 350-level nested list compiles to JavaScript nested as
 *   deep, which crashed the bundler with a segmentation fault and no message.
 */
import type { Node } from 'unist';

/** The longest real body today is about 1 KB. */
export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_BODY_LINES = 400;
export const MAX_BODY_MARKUP = 800;
export const MAX_LINE_CONTAINERS = 10;
/** Real bodies nest about 5 deep (a list item's paragraph's emphasis); the build crashed at about 1,000. */
export const MAX_NESTING = 32;

/** Markdown and MDX punctuation that opens or closes an inline construct. */
const MARKUP = /[[\]*_`<>~\\!|{}]/g;

export interface BoundProblem {
  /** Line and column in the body (1-based). */
  line: number;
  column: number;
  message: string;
}

const positionOf = (text: string, index: number) => {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) + 1 };
};

/** The first bound `body` breaks before it is parsed, or undefined. */
export function bodyBoundsProblem(body: string): BoundProblem | undefined {
  const bytes = Buffer.byteLength(body);
  if (bytes > MAX_BODY_BYTES) {
    return {
      line: 1,
      column: 1,
      message: `the text after the front matter is ${Math.ceil(bytes / 1024)} KB; at most ${MAX_BODY_BYTES / 1024} KB are allowed, because the site's MDX reader slows down sharply on long texts (keep the introduction short; standards and stages go in the front matter)`,
    };
  }
  const lines = body.split('\n');
  if (lines.length > MAX_BODY_LINES) {
    return {
      line: MAX_BODY_LINES + 1,
      column: 1,
      message: `the text after the front matter has ${lines.length} lines; at most ${MAX_BODY_LINES} are allowed`,
    };
  }
  let markup = 0;
  for (const match of body.matchAll(MARKUP)) {
    if (++markup > MAX_BODY_MARKUP) {
      return {
        ...positionOf(body, match.index),
        message: `the text after the front matter has more than ${MAX_BODY_MARKUP} of the characters [ ] * _ \` < > ~ \\ ! | { }; at most ${MAX_BODY_MARKUP} are allowed, because the MDX reader takes far longer on many of them (split a long list of links into fewer, or shorten the text)`,
      };
    }
  }
  for (const [i, line] of lines.entries()) {
    // Quotation marks and list markers in a row at the start of a line ("> > -", "1. 1. 1.") each open a container inside the last.
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/.exec(line)?.[0] ?? '';
    const containers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    if (containers > MAX_LINE_CONTAINERS) {
      return {
        line: i + 1,
        column: 1,
        message: `this line opens ${containers} lists or quotations one inside another; at most ${MAX_LINE_CONTAINERS} are allowed`,
      };
    }
  }
  return undefined;
}

/** The first node of an MDX syntax tree deeper than MAX_NESTING, as a problem at its position. */
export function nestingProblem(
  tree: Node,
): { line: number | undefined; column: number | undefined; message: string } | undefined {
  // Iterative, not recursive: the tree may be deep enough to exhaust the call stack.
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      return {
        line: node.position?.start.line,
        column: node.position?.start.column,
        message: `the text nests more than ${MAX_NESTING} levels deep here (lists in lists, quotations in quotations, elements in elements); at most ${MAX_NESTING} are allowed, because deeper nesting crashes the build`,
      };
    }
    const children = (node as { children?: Node[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]); // first child on top: document order
  }
  return undefined;
}
