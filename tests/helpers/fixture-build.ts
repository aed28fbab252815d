/**
 * A copy of the project with a fixture's content tree laid over it (tests/fixtures/<name>/), built
 * once for the test file that calls `fixtureBuild` at its top level, and read back as the built site.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { ROOT } from './content';
import { text } from './dist';
import { exec, projectCopyWith, type Run } from './site-copy';

export interface FixtureBuild {
  /** The project copy (after beforeAll). */
  root: () => string;
  build: () => Run;
  /** The content check's errors on the copy, as printed. */
  checkErrors: () => string[];
  read: (path: string) => string;
  html: (path: string) => HTMLElement;
}

export function fixtureBuild(name: string): FixtureBuild {
  let site = '';
  let build: Run = { status: null, output: '' };
  beforeAll(() => {
    site = projectCopyWith([]);
    cpSync(join(ROOT, 'tests/fixtures', name), site, { recursive: true });
    build = exec(site, 'astro', ['build'], { SITE: 'https://charter-atlas.example', BASE: '/' });
  }, 240_000);
  afterAll(() => site && rmSync(site, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(site, 'dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
  return {
    root: () => site,
    build: () => build,
    checkErrors: () =>
      checkContent(site)
        .filter((p) => p.severity === 'error')
        .map(formatProblem),
    read,
    html: (path) => parse(read(path)),
  };
}

/** A summary list's rows (`<div><dt>…</dt><dd>…</dd></div>`) as label → text. */
export const summaryRows = (doc: HTMLElement, selector: string): Record<string, string> =>
  Object.fromEntries(
    doc.querySelectorAll(`${selector} > div`).map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]),
  );
