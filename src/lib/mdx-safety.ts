/**
 * The MDX safety pass: a framework's body is parsed (never compiled or run) and rejected if it
 * could execute code or embed another site. Runs in the content check, before Astro compiles MDX.
 *
 * Allowed: Markdown (with GFM tables, lists, links), plain HTML elements with plain attributes,
 * and the components on the allow-list in ./content-components.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { CONTENT_COMPONENTS, isContentComponent } from './content-components';

export interface BodyProblem {
  /** Line and column inside the body (1-based). */
  line: number | undefined;
  column: number | undefined;
  message: string;
}

export interface BodyLink {
  url: string;
  line: number | undefined;
  column: number | undefined;
}

export interface BodyReport {
  problems: BodyProblem[];
  /** Every link and image address in the body, for the check of internal links. */
  links: BodyLink[];
}

/** Raw elements that embed code, styles or other pages. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'base', 'link', 'meta', 'form']);
/** Attributes whose value is an address a browser may follow or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset']);

/** True for `javascript:` (and `vbscript:`/`data:` documents), however a browser would read it. */
export function isScriptUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(cleaned) || /^data:text\/html/.test(cleaned);
}

const allowedList = () => Object.keys(CONTENT_COMPONENTS).map((n) => `<${n}>`).join(', ');

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

export function checkMdxBody(text: string): BodyReport {
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);
  } catch (error) {
    // micromark reports MDX syntax errors as a VFileMessage with a position.
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    // Positions inside the message are relative to the body; the problem carries the file's own.
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!.replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '');
    problems.push({
      line: e.line ?? undefined,
      column: e.column ?? undefined,
      message: `the text cannot be read as MDX: ${reason}. A "<" or "{" that is meant as text must be written as \\< or \\{`,
    });
    return { problems, links };
  }

  const at = (node: Node) => ({ line: node.position?.start.line, column: node.position?.start.column });
  const report = (node: Node, message: string) => problems.push({ ...at(node), message });

  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, `${/^\s*import\b/.test((node as unknown as { value: string }).value) ? 'an import' : 'an export'} statement would run code, so it is not allowed in content; use only text, Markdown and the allowed components (${allowedList()})`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `JavaScript expressions in braces are not allowed in content (found "{${String((node as unknown as { value: string }).value).trim().slice(0, 40)}}"); to show a brace as text write \\{`);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as unknown as { url: string }).url;
        if (isScriptUrl(url)) report(node, `a link to "${url.slice(0, 40)}" would run code; links must go to a web page or a page of this site`);
        else links.push({ url, ...at(node) });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxElement);
        break;
    }
  });

  function checkElement(node: JsxElement) {
    const name = node.name;
    if (name === null) {
      report(node, 'an empty tag <>…</> (a fragment) is not allowed in content; remove the tags');
      return;
    }
    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    if (isComponent && !isContentComponent(name)) {
      report(node, `<${name}> is not an allowed content component; allowed: ${allowedList()}`);
      return;
    }
    if (!isComponent && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
      report(node, `a raw <${name}> element is not allowed in content: it could run code or embed another site`);
      return;
    }
    const spec = isComponent && isContentComponent(name) ? CONTENT_COMPONENTS[name] : undefined;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(node, `<${name}> has a JavaScript expression in braces among its attributes; attributes must be plain text such as kind="source"`);
        continue;
      }
      const attrName = attribute.name ?? '';
      const value = attribute.value;
      if (/^on/i.test(attrName)) {
        report(node, `the event-handler attribute ${attrName} on <${name}> would run code; remove it`);
        continue;
      }
      if (attrName.toLowerCase() === 'style') {
        report(node, `the style attribute on <${name}> is not allowed in content; the site's own styles apply`);
        continue;
      }
      if (value !== null && typeof value === 'object') {
        report(node, `the attribute ${attrName} on <${name}> is a JavaScript expression in braces; write it as plain text in quotes, e.g. ${attrName}="…"`);
        continue;
      }
      if (typeof value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase())) {
        if (isScriptUrl(value)) {
          report(node, `the address "${value.slice(0, 40)}" in ${attrName} on <${name}> would run code; links must go to a web page or a page of this site`);
          continue;
        }
        if (!isComponent && /^\/(?!\/)/.test(value)) {
          // Only Markdown links get the site's base address (see components/content); a raw tag would break under a sub-path.
          report(node, `write a link to a page of this site as Markdown, [text](${value}), not as an HTML <${name}> tag, so it works wherever the site is hosted`);
          continue;
        }
        if (attrName === 'href' || attrName === 'src') links.push({ url: value, ...at(node) });
      }
      if (spec) {
        const allowed = spec.attributes as Record<string, { values?: readonly string[] }>;
        const rule = allowed[attrName];
        if (!rule) {
          const known = Object.keys(allowed);
          report(node, `<${name}> has no attribute "${attrName}"; it accepts ${known.length ? known.join(', ') : 'no attributes'}`);
        } else if (rule.values && !rule.values.includes(String(value))) {
          report(node, `<${name} ${attrName}="${String(value)}"> is not allowed; ${attrName} is one of: ${rule.values.map((v) => `"${v}"`).join(', ')}`);
        }
      }
    }
  }

  return { problems, links };
}
