/**
 * Astro's own loaders refuse what the content check refuses, so a plain `astro build` (a host's
 * default command, which skips `npm run check`) cannot publish it: a file the check would not read
 * (an editor's backup copy that Astro would read as Harrow's page, a name with # that its loader would
 * skip), a YAML alias bomb, a cited file (`source.file`, `sources.<group>.file`) that is not a kept copy, and a public/ file the check refuses.
 * `astro sync` runs the same content loading a build starts with.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec, projectCopyWith } from '../helpers/site-copy';

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

const cases = [
  {
    name: 'a second file Astro would read as the same entry (harrow~.yaml)',
    edits: [
      {
        file: 'src/content/councils/harrow~.yaml',
        copy: 'src/content/councils/harrow.yaml',
        replace: 'name: Harrow Council',
        with: 'name: Somewhere Else',
      },
    ],
    message:
      'src/content/councils/harrow~.yaml: a file name uses only lower-case letters a-z, digits and hyphens, then .yaml (e.g. "harrow-2.yaml"), because the name is the page address',
  },
  {
    name: 'a YAML alias bomb under 1 KB',
    edits: [{ file: 'src/content/regions/london.yaml', replace: 'order: 4', with: `order: 4\n${BOMB}` }],
    message:
      'src/content/regions/london.yaml:4:7: YAML anchors (&name) and aliases (*name) are not allowed in content, found the anchor &a; write the value out in full',
  },
  {
    // The glob loader reads a file by a URL, where # starts a fragment: it would log an error and skip the file.
    name: 'a file name with # in it',
    edits: [{ file: 'src/content/topics/budget#2.yaml', copy: 'src/content/topics/budget.yaml' }],
    message:
      'src/content/topics/budget#2.yaml: a file name uses only lower-case letters a-z, digits and hyphens, then .yaml (e.g. "budget-2.yaml"), because the name is the page address',
  },
  {
    name: 'a source.file that is a symbolic link, which a page would list as a copy kept with the site',
    edits: [
      { file: 'sources/lga-link.txt', symlink: 'lga-charter-values-and-benefits.txt' },
      {
        file: 'src/content/frameworks/lga.mdx',
        replace: 'file: sources/lga-charter-values-and-benefits.txt',
        with: 'file: sources/lga-link.txt',
      },
    ],
    message:
      'src/content/frameworks/lga.mdx source.file: "sources/lga-link.txt" is a symbolic link, which could point anywhere on the machine that builds the site',
  },
  {
    name: "a costs file's own source that is not in sources/, which its page would list as a copy kept with the site",
    edits: [
      {
        file: 'src/content/costs/west-midlands.yaml',
        replace: 'currency: GBP',
        with: 'currency: GBP\nsource:\n  title: A fee sheet\n  file: sources/west-midlands-fees.txt',
      },
    ],
    message:
      'src/content/costs/west-midlands.yaml source.file: "sources/west-midlands-fees.txt" is not in the repository',
  },
  {
    name: "a framework's stages cited to a symbolic link in sources/",
    edits: [
      { file: 'sources/lga-link.txt', symlink: 'lga-charter-values-and-benefits.txt' },
      {
        file: 'src/content/frameworks/lga.mdx',
        replace: 'levels:',
        with: 'sources:\n  stages:\n    title: How to apply\n    file: sources/lga-link.txt\nlevels:',
      },
    ],
    message:
      'src/content/frameworks/lga.mdx sources.stages.file: "sources/lga-link.txt" is a symbolic link, which could point anywhere on the machine that builds the site',
  },
  {
    name: 'a _redirects file in public/ (the integration that guards public/ runs as the build starts)',
    edits: [{ file: 'public/_redirects', write: '/*  https://evil.example/  301\n' }],
    message:
      'error: public/_redirects:1:1 file: Netlify and Cloudflare Pages read public/_redirects as redirects for every page of the site',
  },
];

describe('a plain astro build refuses what the check refuses', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

  it.each(cases)(
    '$name',
    ({ edits, message }) => {
      expect(BOMB.length).toBeLessThan(1024);
      const copy = projectCopyWith(edits);
      copies.push(copy);
      const { status, output } = exec(copy, 'astro', ['sync']);
      expect(status).not.toBe(0);
      expect(output).toContain(message);
    },
    240_000,
  );
});

// References are checked once the collections are loaded, when the site's catalog is built
// (src/lib/site/site-catalog.ts through checkedCatalog), so this takes a build, not a sync.
describe('a plain astro build stops on a reference the check refuses', () => {
  it('an action plan naming a standard its framework does not have', () => {
    const copy = projectCopyWith([
      {
        file: 'src/content/action-plans/harrow-2008.yaml',
        replace: '  - standard: "1.1"',
        with: '  - standard: "9.99"',
      },
    ]);
    try {
      const { status, output } = exec(copy, 'astro', ['build']);
      expect(status).not.toBe(0);
      expect(output).toContain(
        'src/content/action-plans/harrow-2008.yaml items[0].standard: "9.99" is not a standard of the framework "south-east" this plan follows',
      );
      expect(existsSync(join(copy, 'dist'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 300_000);
});
