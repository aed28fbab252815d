/**
 * The MDX allow-list, rule by rule: every element and attribute it lets through is accepted, and every
 * class it refuses is refused on its own, so removing or widening any one rule turns a test red. The
 * lists below are written out here, not imported: a change to the allow-list must be made twice, on
 * purpose. The plugin test runs the same rules as Astro's MDX pipeline does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import {
  ALLOWED_ELEMENTS,
  GLOBAL_ATTRIBUTES,
  allowedUrl,
  checkMdxBody,
  mdxSafetyReport,
} from '../../src/lib/content/mdx-safety';
import remarkMdxSafety from '../../src/lib/content/remark-mdx-safety';
import { ROOT } from '../helpers/content';

// The allow-list written out again on purpose: the test's own statement of what publishers may use,
// so adding to or removing from the module's list turns a test red instead of passing by construction.
const ALLOWED: Record<string, string[]> = {
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
    ],
    why: 'a form could send what a visitor types',
  },
  'embedded pages and plug-ins': {
    names: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'],
    why: 'it could embed another site',
  },
  'images as HTML': { names: ['img', 'picture', 'source'], why: 'write an image in Markdown instead' },
  'anything else not on the list': {
    names: ['video', 'audio', 'h1', 'section', 'nav', 'dialog', 'slot', 'my-widget', 'marquee'],
    why: 'it is not on the list',
  },
};

const messages = (text: string, root = ROOT) => checkMdxBody(text, root).problems.map((p) => p.message);

describe('the HTML elements content may use', () => {
  it('are exactly the reviewed list', () => {
    expect(Object.keys(ALLOWED_ELEMENTS).sort()).toEqual(Object.keys(ALLOWED).sort());
    expect([...GLOBAL_ATTRIBUTES].sort()).toEqual([...GLOBAL].sort());
  });

  it.each(Object.entries(ALLOWED))('<%s> is accepted with each of its attributes and the global ones', (name, own) => {
    const attributes = [...GLOBAL, ...own]
      .map((a) => `${a}="${a === 'href' || a === 'cite' ? 'https://example.com/' : 'x'}"`)
      .join(' ');
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
    expect(messages(`<p ${attribute}="alert(1)">x</p>`)).toEqual([
      `the event-handler attribute ${attribute} on <p> would run code; remove it`,
    ]);
  });

  it.each(['style', 'STYLE', 'Style'])('the style attribute written %s', (attribute) => {
    expect(messages(`<span ${attribute}="position:fixed">x</span>`)).toEqual([
      `the style attribute on <span> is not allowed in content; the site's own styles apply`,
    ]);
  });

  it('expressions and spreads in attributes', () => {
    expect(messages('<a href={"https://example.com/"}>x</a>')).toEqual([
      expect.stringContaining('the attribute href on <a> is a JavaScript expression'),
    ]);
    expect(messages('<p {...props}>x</p>')).toEqual([
      expect.stringContaining('<p> has a JavaScript expression in braces among its attributes'),
    ]);
  });
});

describe('addresses', () => {
  const allowed = [
    'https://example.com/',
    'HTTPS://EXAMPLE.COM/',
    'mailto:clerk@example.gov.uk',
    '/frameworks/',
    '#standards',
    'costs/',
    '?q=1',
  ];
  const refused = [
    'http://example.com/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:x',
    'data:text/html,<p>x</p>',
    'data:image/png;base64,AAAA',
    'tel:+44123',
    'ftp://example.com/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example/',
    'blob:https://example.com/x',
    'file:///etc/passwd',
  ];
  it.each(allowed)('%j is allowed', (url) => expect(allowedUrl(url)).toBe(true));
  it.each(refused)('%j is refused', (url) => expect(allowedUrl(url)).toBe(false));

  it('are checked in Markdown links, images, definitions and URL attributes', () => {
    const rule =
      'is not allowed: an address must start https://, mailto:, / (a page of this site) or # (a place on the page)';
    expect(messages('[a](http://x.example/)')).toEqual([`the link address "http://x.example/" ${rule}`]);
    expect(messages('[a][b]\n\n[b]: http://x.example/')).toEqual([`the link address "http://x.example/" ${rule}`]);
    expect(messages('<q cite="http://x.example/">a</q>')).toEqual([
      `the address "http://x.example/" in cite on <q> ${rule}`,
    ]);
    expect(messages('<a href="https://x.example/">a</a> [b](https://x.example/) [c](/frameworks/)')).toEqual([]);
  });
});

describe('image addresses', () => {
  // A project of the test's own: public/ with one real PNG, one HTML file named .png, and a folder public/ may not have.
  const root = mkdtempSync(join(tmpdir(), 'charter-images-'));
  mkdirSync(join(root, 'public/uploads'), { recursive: true });
  mkdirSync(join(root, 'public/notes'));
  writeFileSync(join(root, 'public/uploads/logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  writeFileSync(join(root, 'public/uploads/fake.png'), '<script>alert(1)</script>');
  writeFileSync(join(root, 'public/notes/x.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const rule =
    'is not allowed: an image is an https:// address or a path from the site\'s root to a PNG, JPEG, GIF, WebP or AVIF file in public/ (e.g. /uploads/logo.png for public/uploads/logo.png), written without "..", "#", "?", "%" or "\\"';

  it.each([
    '![a](https://x.example/i.png)',
    '![a](/uploads/logo.png)',
    '![a][r]\n\n[r]: /uploads/logo.png',
    '[a][r] ![b][s]\n\n[r]: ../anything\n[s]: /uploads/logo.png',
  ])('%j is accepted', (text) => {
    expect(messages(text, root)).toEqual([]);
  });

  // Every address here is one Astro would import as a module (neither a URL nor /…) or one that dodges the plain form.
  it.each([
    'x.js',
    './logo.png',
    '../../sources/x.js',
    '#/../../../../sources/x.js',
    'sources/x',
    '/uploads/../uploads/logo.png',
    '/uploads/logo.png?x=1',
    '/uploads/logo.png#a',
    '/uploads/%2e%2e/logo.png',
    '/uploads\\logo.png',
    '//evil.example/x.png',
    'http://x.example/i.png',
    'data:image/png;base64,AAAA',
    '/uploads/logo.svg',
    '/uploads/Logo.PNG',
    '/sources/east-midlands-charter.txt',
    'javascript:alert(1)',
  ])('%j is refused', (url) => {
    expect(messages(`![a](${url.replace(/[()]/g, '\\$&')})`, root)).toEqual([`the image address "${url}" ${rule}`]);
  });

  it('are checked through a reference, at the definition, however its label is written', () => {
    expect(messages('![a][Code]\n\n[code]: ../../sources/x.js', root)).toEqual([
      `the image address "../../sources/x.js" ${rule}`,
    ]);
    expect(checkMdxBody('![a][r]\n\n[r]: #/../x.js', root).problems[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('must name a file public/ holds and publishes', () => {
    expect(messages('![a](/uploads/none.png)', root)).toEqual([
      'the image "/uploads/none.png" would be public/uploads/none.png, which is not in the repository; add the image there or remove it',
    ]);
    expect(messages('![a](/uploads/fake.png)', root)).toEqual([
      expect.stringMatching(
        /^the image "\/uploads\/fake\.png" is public\/uploads\/fake\.png, which the site does not publish: the file's content is not a PNG image/,
      ),
    ]);
    expect(messages('![a](/notes/x.png)', root)).toEqual([
      expect.stringMatching(
        /^the image "\/notes\/x\.png" is public\/notes\/x\.png, which the site does not publish: public\/ has no folder "notes"/,
      ),
    ]);
  });

  it('as an HTML <img> are refused, with Markdown suggested', () => {
    expect(messages('<img src="x.js" alt="" />', root)).toEqual([
      expect.stringContaining('the HTML element <img> is not allowed in content: write an image in Markdown instead'),
    ]);
  });
});

describe('raw HTML nodes', () => {
  it('are refused if a parser setting ever produces them', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'html',
          value: '<noscript>x</noscript>',
          position: { start: { line: 3, column: 1 }, end: { line: 3, column: 23 } },
        },
      ],
    };
    expect(mdxSafetyReport(tree as never, ROOT).problems).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'raw HTML is not allowed in content; use Markdown, the allowed components or the allowed HTML elements',
      },
    ]);
  });
});

describe('the remark plugin Astro runs', () => {
  const run = (text: string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxSafety);
    const file = new VFile({ value: text, path: `${process.cwd()}/src/content/frameworks/x.mdx` });
    return processor.run(processor.parse(file), file);
  };

  it("throws the check's own file:line:col message for hostile content", async () => {
    await expect(
      run('Intro\n\n<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/" /></noscript>'),
    ).rejects.toThrow(
      /^error: src\/content\/frameworks\/x\.mdx:3:1 body: the HTML element <noscript> is not allowed in content: .*\nerror: src\/content\/frameworks\/x\.mdx:3:11 body: the HTML element <meta> is not allowed/,
    );
  });

  it('lets allowed content through', async () => {
    await expect(
      run('## Heading\n\n<Note kind="source">A *note* with [a link](/frameworks/).</Note>'),
    ).resolves.toBeDefined();
  });
});
