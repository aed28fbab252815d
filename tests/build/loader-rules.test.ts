/**
 * Astro's own loaders refuse what the content check refuses, so a plain `astro build` (a host's
 * default command, which skips `npm run check`) cannot publish it: a file the check would not read
 * (an editor's backup copy that Astro would read as Harrow's page) and a YAML alias bomb.
 * `astro sync` runs the same content loading a build starts with.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exec, projectCopyWith } from '../helpers/site-copy';

const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

const cases = [
  {
    name: 'a second file Astro would read as the same entry (harrow~.yaml)',
    edits: [{ file: 'src/content/councils/harrow~.yaml', copy: 'src/content/councils/harrow.yaml', replace: 'name: Harrow Council', with: 'name: Somewhere Else' }],
    message: 'src/content/councils/harrow~.yaml: a file name uses only lower-case letters a-z, digits and hyphens, then .yaml (e.g. "harrow.yaml"), because the name is the page address',
  },
  {
    name: 'a YAML alias bomb under 1 KB',
    edits: [{ file: 'src/content/regions/london.yaml', replace: 'order: 4', with: `order: 4\n${BOMB}` }],
    message: 'src/content/regions/london.yaml:4:7: YAML anchors (&name) and aliases (*name) are not allowed in content, found the anchor &a; write the value out in full',
  },
];

describe('a plain astro build refuses what the check refuses', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));

  it.each(cases)('$name', ({ edits, message }) => {
    expect(BOMB.length).toBeLessThan(1024);
    const copy = projectCopyWith(edits);
    copies.push(copy);
    const { status, output } = exec(copy, 'astro', ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
  }, 240_000);
});
