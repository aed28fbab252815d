/**
 * Comments and the README name files by path (src/lib/site/routes.ts, or one beside the file); a move or
 * rename that leaves such a name behind sends the next reader to a file that is not there. Every
 * name of a .ts, .mjs, .astro or .css file in src/, tests/, scripts/ and the Markdown guides must be
 * a file in the tree: as written from the repository, from src/, src/lib/ or src/pages/, or beside
 * the file that names it; a bare file name must be some file's name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const SKIP = new Set(['node_modules', 'fixtures', 'dist', '.git', '.astro']);
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    SKIP.has(e.name) ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const tree = ['src', 'tests', 'scripts', 'services', 'docs'].flatMap((d) => walk(join(ROOT, d)));
const names = new Set([...tree, ...readdirSync(ROOT)].map((f) => basename(f)));
const readers = [
  ...tree.filter((f) => /\.(ts|mjs|astro|css|md)$/.test(f)),
  join(ROOT, 'README.md'),
  join(ROOT, 'CONTRIBUTING.md'),
];

/** A path-like name of a source file; a host ("x.example/") or a built asset ("_astro/") is not one. */
const FILE_NAME = /(?<![\w@./-])((?:[\w[\]-]+\/|\.\.?\/)*[\w[\]-]+\.(?:ts|mjs|astro|css))\b/g;

function missingNames(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(FILE_NAME)]
    .map((m) => m[1]!)
    .filter((name) => !name.startsWith('_'))
    .filter((name) => {
      const places = [ROOT, join(ROOT, 'src'), join(ROOT, 'src/lib'), join(ROOT, 'src/pages'), dirname(file)];
      if (places.some((p) => existsSync(join(p, name)))) return false;
      return name.includes('/') || !names.has(name);
    })
    .map((name) => `${relative(ROOT, file)} names ${name}`);
}

describe('file names in comments and guides', () => {
  it('reads the guides and the code', () => {
    expect(readers.length).toBeGreaterThan(200);
  });

  it('names only files that exist', () => {
    expect(readers.flatMap(missingNames)).toEqual([]);
  });
});
