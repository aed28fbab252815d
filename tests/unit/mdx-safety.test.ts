/**
 * The MDX allow-list, rule by rule: every element and attribute it lets through is accepted, and every
 * class it refuses is refused on its own, so removing or widening any one rule turns a test red. The
 * lists below are written out here, not imported: a change to the allow-list must be made twice, on
 * purpose. The plugin test runs the same rules as Astro's MDX pipeline does.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES, allowedUrl, checkMdxBody, mdxSafetyReport } from '../../src/lib/content/mdx-safety';
import remarkMdxSafety from '../../src/lib/content/remark-mdx-safety';

// The allow-list written out again on purpose: the test's own statement of what publishers may use,
// so adding to or removing from the module's list turns a test red instead of passing by construction.
const ALLOWED: Record<string, string[]> = {
  p: [], br: [], hr: [], wbr: [], span: [], div: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  em: [], strong: [], b: [], i: [], u: [], s: [], small: [], sub: [], sup: [], mark: [],
  abbr: [], cite: [], dfn: [], code: [], pre: [], kbd: [], samp: [], var: [],
  q: ['cite'], blockquote: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'], time: ['datetime'],
  ul: [], ol: ['start', 'reversed', 'type'], li: ['value'], dl: [], dt: [], dd: [],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], colgroup: ['span'], col: ['span'],
  th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
  details: ['open'], summary: [], figure: [], figcaption: [],
  a: ['href', 'hreflang'],
};
const GLOBAL = ['title', 'lang', 'dir'];

/** Each refused class, with the words its message must give as the reason. */
const REFUSED: Record<string, { names: string[]; why: string }> = {
  'script and style': { names: ['script', 'style'], why: 'it could run code or restyle the site' },
  'raw-text and template elements': {
    names: ['noscript', 'plaintext', 'xmp', 'textarea', 'noembed', 'noframes', 'template', 'title'],
    why: 'a browser does not read its content as ordinary text',
  },
  'SVG, MathML and their animation elements': {
    names: ['svg', 'math', 'set', 'animate', 'animateMotion', 'animateTransform', 'foreignObject', 'svg:a'],
    why: 'SVG and MathML can run code',
  },
  'meta, base and link': { names: ['meta', 'base', 'link'], why: 'it could redirect the page' },
  'forms and form controls': {
    names: ['form', 'input', 'button', 'select', 'option', 'optgroup', 'fieldset', 'legend', 'label', 'output', 'datalist'],
    why: 'a form could send what a visitor types',
  },
  'embedded pages and plug-ins': { names: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'], why: 'it could embed another site' },
  'anything else not on the list': { names: ['img', 'video', 'audio', 'source', 'h1', 'section', 'nav', 'dialog', 'slot', 'my-widget', 'marquee'], why: 'it is not on the list' },
};

const messages = (text: string) => checkMdxBody(text).problems.map((p) => p.message);

describe('the HTML elements content may use', () => {
  it('are exactly the reviewed list', () => {
    expect(Object.keys(ALLOWED_ELEMENTS).sort()).toEqual(Object.keys(ALLOWED).sort());
    expect([...GLOBAL_ATTRIBUTES].sort()).toEqual([...GLOBAL].sort());
  });

  it.each(Object.entries(ALLOWED))('<%s> is accepted with each of its attributes and the global ones', (name, own) => {
    const attributes = [...GLOBAL, ...own].map((a) => `${a}="${a === 'href' || a === 'cite' ? 'https://example.com/' : 'x'}"`).join(' ');
    expect(messages(`Text <${name} ${attributes}>words</${name}> text.`)).toEqual([]);
    expect(messages(`Text <${name}>words</${name}> text.`)).toEqual([]);
  });

  it.each(Object.keys(ALLOWED))('<%s> refuses an attribute it does not list', (name) => {
    expect(messages(`Text <${name} class="banner">words</${name}> text.`)).toEqual([
      expect.stringMatching(new RegExp(`^<${name}> has no attribute "class"; it accepts `)),
    ]);
  });
});

describe('refused elements', () => {
  for (const [group, { names, why }] of Object.entries(REFUSED)) {
    it.each(names)(`${group}: <%s> is refused`, (name) => {
      const found = messages(`Text <${name}>words</${name}> text.`);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(`the HTML element <${name}> is not allowed in content: ${why}`);
    });
  }

  it('refuses a component that is not on the list, and a fragment', () => {
    expect(messages('<Script>x</Script>')).toEqual(['<Script> is not an allowed content component; allowed: <Note>']);
    expect(messages('<>x</>')).toEqual(['an empty tag <>…</> (a fragment) is not allowed in content; remove the tags']);
  });
});

describe('refused attributes', () => {
  it.each(['onclick', 'onerror', 'onMouseOver', 'ONLOAD', 'onfocus'])('the event handler %s', (attribute) => {
    expect(messages(`<p ${attribute}="alert(1)">x</p>`)).toEqual([`the event-handler attribute ${attribute} on <p> would run code; remove it`]);
  });

  it.each(['style', 'STYLE', 'Style'])('the style attribute written %s', (attribute) => {
    expect(messages(`<span ${attribute}="position:fixed">x</span>`)).toEqual([`the style attribute on <span> is not allowed in content; the site's own styles apply`]);
  });

  it('expressions and spreads in attributes', () => {
    expect(messages('<a href={"https://example.com/"}>x</a>')).toEqual([expect.stringContaining('the attribute href on <a> is a JavaScript expression')]);
    expect(messages('<p {...props}>x</p>')).toEqual([expect.stringContaining('<p> has a JavaScript expression in braces among its attributes')]);
  });
});

describe('addresses', () => {
  const allowed = ['https://example.com/', 'HTTPS://EXAMPLE.COM/', 'mailto:clerk@example.gov.uk', '/frameworks/', '#standards', 'costs/', '?q=1'];
  const refused = [
    'http://example.com/', 'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    '\u0001javascript:alert(1)', 'vbscript:x', 'data:text/html,<p>x</p>', 'data:image/png;base64,AAAA', 'tel:+44123', 'ftp://example.com/',
    '//evil.example/', '/\\evil.example/', '\\\\evil.example/', 'blob:https://example.com/x', 'file:///etc/passwd',
  ];
  it.each(allowed)('%j is allowed', (url) => expect(allowedUrl(url)).toBe(true));
  it.each(refused)('%j is refused', (url) => expect(allowedUrl(url)).toBe(false));

  it('are checked in Markdown links, images, definitions and URL attributes', () => {
    const rule = 'is not allowed: an address must start https://, mailto:, / (a page of this site) or # (a place on the page)';
    expect(messages('[a](http://x.example/)')).toEqual([`the link address "http://x.example/" ${rule}`]);
    expect(messages('![a](http://x.example/i.png)')).toEqual([`the image address "http://x.example/i.png" ${rule}`]);
    expect(messages('[a][b]\n\n[b]: http://x.example/')).toEqual([`the link address "http://x.example/" ${rule}`]);
    expect(messages('<q cite="http://x.example/">a</q>')).toEqual([`the address "http://x.example/" in cite on <q> ${rule}`]);
    expect(messages('<a href="https://x.example/">a</a> [b](https://x.example/) ![c](/i.png)')).toEqual([]);
  });
});

describe('raw HTML nodes', () => {
  it('are refused if a parser setting ever produces them', () => {
    const tree = { type: 'root', children: [{ type: 'html', value: '<noscript>x</noscript>', position: { start: { line: 3, column: 1 }, end: { line: 3, column: 23 } } }] };
    expect(mdxSafetyReport(tree as never).problems).toEqual([
      { line: 3, column: 1, message: 'raw HTML is not allowed in content; use Markdown, the allowed components or the allowed HTML elements' },
    ]);
  });
});

describe('the remark plugin Astro runs', () => {
  const run = (text: string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxSafety);
    const file = new VFile({ value: text, path: `${process.cwd()}/src/content/frameworks/x.mdx` });
    return processor.run(processor.parse(file), file);
  };

  it('throws the check\'s own file:line:col message for hostile content', async () => {
    await expect(run('Intro\n\n<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/" /></noscript>')).rejects.toThrow(
      /^error: src\/content\/frameworks\/x\.mdx:3:1 body: the HTML element <noscript> is not allowed in content: .*\nerror: src\/content\/frameworks\/x\.mdx:3:11 body: the HTML element <meta> is not allowed/,
    );
  });

  it('lets allowed content through', async () => {
    await expect(run('## Heading\n\n<Note kind="source">A *note* with [a link](/frameworks/).</Note>')).resolves.toBeDefined();
  });
});
