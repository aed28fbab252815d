/**
 * Content cannot run code or reach a visitor: hostile MDX is refused by the check that `npm run build`
 * runs first and, with the same file:line:col message, by Astro's own MDX pipeline when a host runs a
 * plain `astro build` (src/lib/remark-mdx-safety.ts). The control build, from a copy whose config
 * leaves the plugin out, shows the payload really would run.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopyWith, run } from '../helpers/site-copy';

const FILE = 'src/content/frameworks/east-midlands.mdx';
const HEADING = '## What is it and why do we need it?';
const at = (text: string) => ({ file: FILE, replace: HEADING, with: `${text}\n\n${HEADING}` });
const escaped = (s: string) => s.replace(/[./]/g, '\\$&');
const PLUGIN_LINE = 'markdown: { processor: unified({ remarkPlugins: [remarkMdxSafety] }) },';

/** Every file under `dir`, read as text. */
const everything = (dir: string): string =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => readFileSync(join(d.parentPath, d.name), 'latin1')).join('\n') : '';

describe('an MDX file that tries to run code', () => {
  const markerDir = mkdtempSync(join(tmpdir(), 'charter-marker-'));
  const marker = join(markerDir, 'pwned.txt');
  const payload = `export const pwned = process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  const copy = projectCopyWith([at(payload)]);
  const control = projectCopyWith([at(payload), { file: 'astro.config.mjs', replace: PLUGIN_LINE, with: '' }]);
  afterAll(() => {
    for (const dir of [copy, control, markerDir]) rmSync(dir, { recursive: true, force: true });
  });

  it('is rejected by npm run build before Astro compiles it, and its code never runs', () => {
    const { status, output } = run(copy, ['run', 'build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`error: ${escaped(FILE)}:\\d+:1 body: an export statement would run code`));
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    expect(existsSync(marker)).toBe(false);
  }, 240_000);

  it('is rejected by a plain astro build too, and its code never runs', () => {
    const { status, output } = run(copy, ['exec', '--', 'astro', 'build']);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`error: ${escaped(FILE)}:\\d+:1 body: an export statement would run code`));
    expect(existsSync(marker)).toBe(false);
  }, 240_000);

  it('would have run without the plugin in Astro\'s pipeline (control)', () => {
    run(control, ['exec', '--', 'astro', 'build']);
    expect(existsSync(marker)).toBe(true);
  }, 240_000);
});

describe('a redirect smuggled through <noscript>', () => {
  const hostile = '<noscript><meta http-equiv="refresh" content="0;url=https://evil.example/pwned" /></noscript>';
  const copy = projectCopyWith([at(hostile)]);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('fails a plain astro build with the check\'s message, and no output carries the payload', () => {
    const { status, output } = run(copy, ['exec', '--', 'astro', 'build']);
    expect(status).not.toBe(0);
    const line = readFileSync(join(copy, FILE), 'utf8').split('\n').indexOf(hostile) + 1;
    expect(output).toContain(`error: ${FILE}:${line}:1 body: the HTML element <noscript> is not allowed in content: `);
    expect(output).toContain(`error: ${FILE}:${line}:11 body: the HTML element <meta> is not allowed in content: `);
    expect(everything(join(copy, 'dist'))).not.toContain('evil.example');
  }, 240_000);

  it('is refused by npm run check with the same lines', () => {
    const { status, output } = run(copy, ['run', 'check']);
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`error: ${escaped(FILE)}:\\d+:1 body: the HTML element <noscript> is not allowed in content: `));
  });
});
