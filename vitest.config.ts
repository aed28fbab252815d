import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each kind of test runs with the settings it needs:
 * - fast: unit, content and site tests (seconds; `npm run test:fast`). Site tests read dist/, which
 *   `npm test` builds before vitest starts.
 * - build: tests of a built copy of the project with fixture content (tests/build/fixture-site.ts).
 * - browser: Chromium against dist/, with its own set-up (finding Chromium, or installing one,
 *   bounded in time, failing with what to do when none can be had) and a longer timeout.
 *
 * None is isolated per file: each worker imports a module once and keeps it for the next file.
 * Test files only read the content, the site and dist/, and change only copies (structuredClone,
 * project copies in a temporary folder); importing the content layer afresh for every file was
 * most of the fast project's time (37 s -> 18 s) and 20-40 CPU-seconds in each of the others.
 */
export default defineConfig({
  test: {
    // html-validate over every page takes 20 s on an idle machine and twice that on a busy one.
    testTimeout: 60_000,
    // Two files at a time (vitest's default is one fewer than the cores: one, on these machines);
    // more is slower, as the browser and build tests keep both cores busy.
    // Projects that run together must share this in vitest 4, so it is set once for all three.
    maxWorkers: 2,
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/site/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // One fixture site, built in the background from the start of the run, for all build tests.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/build/fixture-site.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // A page's axe run takes seconds on an idle machine and several times that on a busy one.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
