/**
 * What crashed, stalled or mis-published a plain `astro build` is refused by it, with the check's own
 * message and no stack trace: the check fixtures' own edits (tests/fixtures/check), built in copies.
 * Before these bounds, the 350-level list segfaulted the bundler with no message, 240 KB of "[a]("
 * stalled for 24 s, the 290-character number failed with ENAMETOOLONG, years 1000000 crashed
 * the calendar writer, a year 9999 published "Due by 10002-12-31" and -0 printed "-£0".
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../helpers/fixtures';
import { execInBackground, projectCopyWith } from '../helpers/site-copy';

const CASES = [
  'body-too-large',
  'body-list-in-list-on-one-line',
  'body-nested-list-indented',
  'body-bidi-isolate',
  'standard-number-too-long',
  'interval-years-million',
  'date-year-9999',
  'money-negative-zero',
];
const fixtures = loadFixtures().filter((f) => CASES.includes(f.name));

describe("a plain astro build refuses what crashed or stalled it, with the check's message", () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((c) => rmSync(c, { recursive: true, force: true })));
  // Three at a time (each fails within seconds of starting); each test awaits its own.
  const builds = new Map<string, Promise<{ status: number | null; output: string }>>();
  let running: Promise<unknown>[] = [];
  for (const name of CASES) {
    const slot = running.length >= 3 ? Promise.race(running) : Promise.resolve();
    const run = slot.then(() => {
      const copy = projectCopyWith(fixtures.find((f) => f.name === name)!.edits);
      copies.push(copy);
      return execInBackground(copy, 'astro', ['build']);
    });
    builds.set(name, run);
    running.push(run);
    run.then(() => (running = running.filter((r) => r !== run)));
  }
  const build = (name: string) => builds.get(name)!;

  it('covers every case', () => expect(fixtures.map((f) => f.name).sort()).toEqual([...CASES].sort()));

  it.each(CASES)(
    '%s',
    async (name) => {
      const fixture = fixtures.find((f) => f.name === name)!;
      const { status, output } = await build(name);
      expect(status).toBe(1);
      // The message after "file:line:col field: ", as the check prints it.
      const message = fixture.expect[0]!.replace(/^error: \S+ \S+: /, '').replace(/ \(found .*\)$/, '');
      expect(output).toContain(message);
      expect(output).not.toMatch(/ENAMETOOLONG|Segmentation fault|RangeError|Maximum call stack/);
      // No stack trace, except the two frames Astro's MDX plugin itself adds to every error from a remark
      // plugin (it calls Error.captureStackTrace on it again), which content cannot prevent.
      const frames = output.match(/^\s+at .+$/gm) ?? [];
      expect(frames.filter((f) => !/node_modules\/(@astrojs\/mdx|rolldown)\//.test(f))).toEqual([]);
    },
    300_000,
  );
});
