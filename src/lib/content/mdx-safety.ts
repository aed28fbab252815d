/**
 * The MDX allow-list: what a publisher may write in a framework's body. Content arrives by pull
 * request from outside the team, so everything not listed here is refused:
 *
 * - Markdown (GFM tables, lists, links, images), with addresses that are https:, mailto:, a path
 *   on this site or a #fragment, and images only as ./image-addresses allows;
 * - the content components of ./components, with their listed attributes;
 * - the HTML elements of ALLOWED_ELEMENTS, with GLOBAL_ATTRIBUTES and their own listed attributes.
 *
 * One rule set, two places that enforce it: `npm run check` (checkMdxBody, before anything is
 * built) and Astro's own MDX pipeline (./remark-mdx-safety, registered in astro.config.mjs), so a
 * plain `astro build` or a save during `astro dev` refuses the same content with the same message.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { CONTENT_COMPONENTS, isContentComponent } from './components';
import { nestingProblem } from './mdx-bounds';
import { imageAddressProblem } from './image-addresses';
import { quoted } from './problem-format';

export interface BodyProblem {
  /** Line and column in the parsed text (1-based). */
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

/** HTML elements content may use, each with the attributes it accepts besides GLOBAL_ATTRIBUTES. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  wbr: [],
  span: [],
  div: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  small: [],
  sub: [],
  sup: [],
  mark: [],
  abbr: [],
  cite: [],
  dfn: [],
  code: [],
  pre: [],
  kbd: [],
  samp: [],
  var: [],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  colgroup: ['span'],
  col: ['span'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  a: ['href', 'hreflang'],
};

/** Attributes any allowed HTML element may have. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes whose value is an address (checked by allowedUrl). */
const URL_ATTRIBUTES = new Set(['href', 'cite', 'src']);

/**
 * Why an element is refused, for the message. Not the rule itself (anything not in ALLOWED_ELEMENTS
 * is refused); the reasons name the classes a reader would ask about.
 */
const REFUSAL_REASONS: readonly { names: readonly string[]; why: string }[] = [
  { names: ['script', 'style'], why: 'it could run code or restyle the site' },
  {
    names: ['noscript', 'plaintext', 'xmp', 'textarea', 'noembed', 'noframes', 'template', 'title'],
    why: 'a browser does not read its content as ordinary text, so it could hide markup that runs or redirects',
  },
  {
    names: ['svg', 'math', 'set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'foreignobject'],
    why: 'SVG and MathML can run code or change links',
  },
  {
    names: ['meta', 'base', 'link'],
    why: 'it could redirect the page, change where its links go, or load another file',
  },
  {
    names: [
      'form',
      'input',
      'button',
      'select',
      'option',
      'optgroup',
      'fieldset',
      'legend',
      'label',
      'output',
      'datalist',
      'keygen',
      'isindex',
    ],
    why: 'a form could send what a visitor types to another site',
  },
  {
    names: ['img', 'picture', 'source', 'image'],
    why: 'write an image in Markdown instead, ![what it shows](address), so its address is checked',
  },
  {
    names: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe'],
    why: 'it could embed another site or a plug-in',
  },
];

const componentList = () =>
  Object.keys(CONTENT_COMPONENTS)
    .map((n) => `<${n}>`)
    .join(', ');
const ADDRESS_RULE = 'an address must start https://, mailto:, / (a page of this site) or # (a place on the page)';

/**
 * True if a browser following `url` stays on https, mailto, this site or this page. The address is
 * first read the way a browser reads it: tabs and newlines inside it are dropped, leading and trailing
 * spaces and control characters ignored, and a backslash taken as a slash.
 */
export function allowedUrl(url: string): boolean {
  const read = url
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/\\/g, '/');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read);
  if (scheme) return ['https', 'mailto'].includes(scheme[1]!.toLowerCase());
  // No scheme: a path on this site or a fragment, but not //host (another site, any protocol).
  return !read.startsWith('//');
}

/** True for a link GFM made of plain text starting "www." (an autolink literal), which the author never wrote as a link. */
function wwwLiteral(node: Node): boolean {
  const { url, children } = node as unknown as { url: string; children?: { type: string; value?: string }[] };
  return (
    url.startsWith('http://www.') &&
    children?.length === 1 &&
    children[0]!.type === 'text' &&
    `http://${children[0]!.value}` === url
  );
}

/** Why the HTML element `name` (lower case) is refused. */
function refusal(name: string): string {
  const base = name.split(':')[0]!;
  const reason = REFUSAL_REASONS.find((r) => r.names.includes(name) || r.names.includes(base));
  return reason?.why ?? 'it is not on the list of HTML elements content may use';
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
}

/**
 * Every way `tree` (an MDX syntax tree from remark-mdx) breaks the allow-list, at its positions in
 * the parsed text, and every address it links to. `root` is the project's folder, whose public/
 * holds the images content may show.
 */
export function mdxSafetyReport(tree: Node, root: string): BodyReport {
  const tooDeep = nestingProblem(tree);
  if (tooDeep) return { problems: [tooDeep], links: [] };
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  // The definitions images refer to (identifiers are already normalised, as Astro matches them).
  const imageLabels = new Set<string>();
  visit(tree, 'imageReference', (node: Node) => {
    imageLabels.add((node as unknown as { identifier: string }).identifier);
  });
  const at = (node: Node) => ({ line: node.position?.start.line, column: node.position?.start.column });
  const report = (node: Node, message: string) => problems.push({ ...at(node), message });

  visit(tree, (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          `${/^\s*import\b/.test((node as unknown as { value: string }).value) ? 'an import' : 'an export'} statement would run code, so it is not allowed in content; use only text, Markdown and the allowed components (${componentList()})`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          `JavaScript expressions in braces are not allowed in content (found "{${String(
            (node as unknown as { value: string }).value,
          )
            .trim()
            .slice(0, 40)}}"); to show a brace as text write \\{`,
        );
        break;
      case 'html':
        // Plain MDX never produces raw HTML nodes; another parser setting might, and they would pass unchecked.
        report(
          node,
          'raw HTML is not allowed in content; use Markdown, the allowed components or the allowed HTML elements',
        );
        break;
      case 'image': {
        const problem = imageAddressProblem((node as unknown as { url: string }).url, root);
        if (problem) report(node, problem);
        break;
      }
      case 'link':
      case 'definition': {
        const url = (node as unknown as { url: string }).url;
        // A definition an image uses (![a][r]) is an image's address, which Astro would import like ![a](…).
        if (node.type === 'definition' && imageLabels.has((node as unknown as { identifier: string }).identifier)) {
          const problem = imageAddressProblem(url, root);
          if (problem) report(node, problem);
        } else if (!allowedUrl(url) && wwwLiteral(node)) {
          const text = url.slice('http://'.length);
          report(
            node,
            `the text "${text}" becomes a link to ${quoted(url)} (Markdown makes a link of any text starting "www."), and http: is not allowed; write it as a link to its https address, [${text}](https://${text})`,
          );
        } else if (!allowedUrl(url)) report(node, `the link address ${quoted(url)} is not allowed: ${ADDRESS_RULE}`);
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
    const lower = name.toLowerCase();
    if (isComponent && !isContentComponent(name)) {
      report(node, `<${name}> is not an allowed content component; allowed: ${componentList()}`);
      return;
    }
    if (!isComponent && !Object.hasOwn(ALLOWED_ELEMENTS, name)) {
      report(
        node,
        `the HTML element <${name}> is not allowed in content: ${refusal(lower)}; use Markdown, ${componentList()} or an allowed element (CONTRIBUTING.md lists them)`,
      );
      return;
    }
    const componentAttributes =
      isComponent && isContentComponent(name)
        ? (CONTENT_COMPONENTS[name].attributes as Record<string, { values?: readonly string[] }>)
        : undefined;
    const elementAttributes = componentAttributes
      ? Object.keys(componentAttributes)
      : [...GLOBAL_ATTRIBUTES, ...ALLOWED_ELEMENTS[name]!];
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(
          node,
          `<${name}> has a JavaScript expression in braces among its attributes; attributes must be plain text such as kind="source"`,
        );
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
        report(
          node,
          `the attribute ${attrName} on <${name}> is a JavaScript expression in braces; write it as plain text in quotes, e.g. ${attrName}="…"`,
        );
        continue;
      }
      if (!elementAttributes.includes(attrName)) {
        report(
          node,
          `<${name}> has no attribute "${attrName}"; it accepts ${elementAttributes.length ? elementAttributes.join(', ') : 'no attributes'}`,
        );
        continue;
      }
      if (typeof value === 'string' && URL_ATTRIBUTES.has(attrName)) {
        if (!allowedUrl(value)) {
          report(node, `the address ${quoted(value)} in ${attrName} on <${name}> is not allowed: ${ADDRESS_RULE}`);
          continue;
        }
        if (!isComponent && /^\/(?!\/)/.test(value)) {
          // Only Markdown links get the site's base address (see components/content); a raw tag would break under a sub-path.
          report(
            node,
            `write a link to a page of this site as Markdown, [text](${value}), not as an HTML <${name}> tag, so it works wherever the site is hosted`,
          );
          continue;
        }
        if (attrName === 'href') links.push({ url: value, ...at(node) });
      }
      const rule = componentAttributes?.[attrName];
      if (rule?.values && !rule.values.includes(String(value))) {
        report(
          node,
          `<${name} ${attrName}="${String(value)}"> is not allowed; ${attrName} is one of: ${rule.values.map((v) => `"${v}"`).join(', ')}`,
        );
      }
    }
  }

  return { problems, links };
}

/** Parses an MDX body the way @mdx-js/mdx does (never compiling or running it) and checks it. */
export function checkMdxBody(text: string, root: string): BodyReport {
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);
  } catch (error) {
    // micromark reports MDX syntax errors as a VFileMessage with a position.
    const e = error as { reason?: string; message?: string; line?: number; column?: number };
    // Positions inside the message are relative to the body; the problem carries the file's own.
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!.replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '');
    // micromark's hint for an HTML comment, {/* text */}, is an expression, which the allow-list refuses.
    if (reason.includes('to create a comment in MDX')) {
      return {
        problems: [
          {
            line: e.line ?? undefined,
            column: e.column ?? undefined,
            message:
              'the text cannot be read as MDX: an HTML comment (<!-- … -->) is not MDX; remove it, or keep a note for editors on a line of its own as [//]: # (the note), which is never shown',
          },
        ],
        links: [],
      };
    }
    return {
      problems: [
        {
          line: e.line ?? undefined,
          column: e.column ?? undefined,
          message: `the text cannot be read as MDX: ${reason}. A "<" or "{" that is meant as text must be written as \\< or \\{`,
        },
      ],
      links: [],
    };
  }
  return mdxSafetyReport(tree, root);
}
