/**
 * Content cannot run code: an MDX body whose code would write a marker file is rejected by the
 * check that `npm run build` runs first, so Astro never compiles it and the marker never appears.
 * The control build (Astro alone, no check) shows the payload really would run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopyWith, run } from '../helpers/site-copy';

const FILE = 'src/content/frameworks/east-midlands.mdx';
const markerDir = mkdtempSync(join(tmpdir(), 'charter-marker-'));
const marker = join(markerDir, 'pwned.txt');
const payload = `export const pwned = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
const copy = projectCopyWith([{ file: FILE, replace: '## What is it and why do we need it?', with: `${payload}\n\n## What is it and why do we need it?` }]);

describe('an MDX file that tries to run code', () => {
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
    rmSync(markerDir, { recursive: true, force: true });
  });

  it('is rejected by npm run build before Astro compiles it, and its code never runs', () => {
    const { status, output } = run(copy, ['run', 'build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`error: ${FILE.replace(/[./]/g, '\\$&')}:\\d+:1 body: an export statement would run code`));
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('would have run had the check not stopped it (control)', () => {
    run(copy, ['exec', '--', 'astro', 'build']);
    expect(existsSync(marker)).toBe(true);
  });
});
