/**
 * What public/ may publish, on a public/ of the test's own: the listed files and real raster images
 * in the image folders are accepted, and a public file is refused when it would take the address of
 * a page the route table builds or of a file the build writes. (What is refused, file by file, is in
 * the check fixtures tests/fixtures/check/public-*.yaml.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicCollisions, publicFiles } from '../../src/lib/content/public-files';
import { sitePaths } from '../../src/lib/site/routes';
import { realCatalog } from '../helpers/content';

// How each type's file starts, written out here rather than taken from the module.
const STARTS: Record<string, string> = {
  'favicon.ico': '00000100',
  'favicon.png': '89504e470d0a1a0a',
  'apple-touch-icon.png': '89504e470d0a1a0a',
  'uploads/logo.png': '89504e470d0a1a0a',
  'uploads/photo.jpg': 'ffd8ffe0',
  'uploads/photo-2.jpeg': 'ffd8ffdb',
  'uploads/map_1.gif': '474946383961',
  'images/banner.webp': '524946460000000057454250',
  'images/chart.avif': '0000001c6674797061766966',
};

describe('public/', () => {
  const root = mkdtempSync(join(tmpdir(), 'charter-public-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'public/uploads'), { recursive: true });
  mkdirSync(join(root, 'public/images'));
  for (const [file, start] of Object.entries(STARTS))
    writeFileSync(join(root, 'public', file), Buffer.concat([Buffer.from(start, 'hex'), Buffer.alloc(16)]));
  writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *\nAllow: /\n');

  it('publishes the listed files and real raster images in the image folders', () => {
    expect(publicFiles(root)).toEqual({ files: [...Object.keys(STARTS), 'robots.txt'].sort(), problems: [] });
  });

  it('is empty, not an error, when there is no public/', () => {
    expect(publicFiles(join(root, 'public/uploads'))).toEqual({ files: [], problems: [] });
  });
});

describe('a public file at the address of a generated page or file', () => {
  const pages = [...sitePaths(realCatalog())];
  const refused = (file: string) => [
    {
      file: `public/${file}`,
      line: 1,
      column: 1,
      path: 'file',
      message: `the build writes its own /${file} (a page, feed, download or the site's own files), which this file would replace or hide; rename or remove it`,
      severity: 'error',
    },
  ];

  it.each([
    ['a page', pages.find((p) => p.endsWith('/') && p.length > 1)!.slice(1) + 'index.html'],
    ['a download', pages.find((p) => p.endsWith('.json'))!.slice(1)],
    ['a folder of pages', pages.find((p) => p.split('/').length > 3)!.split('/')[1]!],
    ['the feed', 'updates/feed.xml'],
    ['the headers file', '_headers'],
    ['the editor', 'admin/config.yml'],
    ['the search index', 'pagefind/pagefind.js'],
    ['the sitemap', 'sitemap-index.xml'],
  ])('%s is refused', (_what, file) => {
    expect(publicCollisions([file], pages)).toEqual(refused(file));
  });

  it('is not refused when no page has its address', () => {
    expect(publicCollisions(['uploads/logo.png', 'favicon.ico', 'robots.txt'], pages)).toEqual([]);
  });
});

describe('a public file whose name is not its address', () => {
  it('is told a plain name to use, accents dropped and the rest hyphenated', () => {
    const root = mkdtempSync(join(tmpdir(), 'charter-public-name-'));
    try {
      mkdirSync(join(root, 'public/uploads'), { recursive: true });
      writeFileSync(join(root, 'public/uploads/Résumé Logo.PNG'), Buffer.from('89504e470d0a1a0a', 'hex'));
      expect(publicFiles(root).problems.map((p) => p.message)).toEqual([
        expect.stringContaining('(e.g. "resume-logo.png")'),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
