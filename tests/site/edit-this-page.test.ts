/**
 * "Edit this page" in the built site: every page that shows one content file links to that file's
 * entry in the editor and to the file on GitHub (CMS_REPO/CMS_BRANCH, their defaults in a plain
 * build), checked against the content files themselves: the file exists, the editor entry is its
 * collection's folder and its name. Pages built from many files have no such link.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections';
import { ROOT } from '../helpers/content';
import { DIST, page } from '../helpers/dist';

const GITHUB = 'https://github.com/charter-atlas/charter-atlas/blob/main/';
const folderOf = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([collection, files]) => [`src/content/${files.folder}`, collection]),
);
const pages = (readdirSync(DIST, { recursive: true }) as string[])
  .filter((f) => f.endsWith('index.html') && !f.startsWith('admin'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);

/** Each page's two links, or undefined where it has none. */
const editLinks = (path: string) => {
  const nav = page(path).querySelector('nav.edit-this-page');
  return (
    nav && {
      editor: nav.querySelectorAll('a')[0]!.getAttribute('href')!,
      github: nav.querySelectorAll('a')[1]!.getAttribute('href')!,
    }
  );
};

describe('Edit this page', () => {
  it('links each page about one content file to its entry in the editor and its file on GitHub', () => {
    const linked = pages.map((path) => [path, editLinks(path)] as const).filter(([, links]) => links);
    expect(linked.length).toBeGreaterThan(20);
    for (const [path, links] of linked) {
      expect(links!.github.startsWith(GITHUB), path).toBe(true);
      const file = links!.github.slice(GITHUB.length);
      expect(existsSync(join(ROOT, file)), `${path} links to ${file}`).toBe(true);
      const [, folder, name] = /^(src\/content\/[^/]+)\/([^/]+)\.(?:mdx|yaml)$/.exec(file)!;
      expect(links!.editor, path).toBe(`/admin/#/collections/${folderOf[folder!]}/entries/${name}`);
    }
  });

  it('points a framework, its standards and its costs at the files they are built from', () => {
    expect(editLinks('/frameworks/east-midlands/')!.github).toBe(`${GITHUB}src/content/frameworks/east-midlands.mdx`);
    expect(editLinks('/frameworks/east-midlands/standards/2.9/')!.github).toBe(
      `${GITHUB}src/content/frameworks/east-midlands.mdx`,
    );
    expect(editLinks('/frameworks/west-midlands/costs/')!.editor).toBe(
      '/admin/#/collections/costs/entries/west-midlands',
    );
    expect(editLinks('/councils/harrow/')!.github).toBe(`${GITHUB}src/content/councils/harrow.yaml`);
  });

  it('gives none to pages built from many files', () => {
    for (const path of ['/', '/compare/', '/frameworks/', '/register/', '/compare/costs/'])
      expect(editLinks(path), path).toBeNull();
  });
});
