import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each kind of test runs with the settings it needs:
 * - fast: unit, content and site tests (seconds; `npm run test:fast`). Site tests read dist/, which
 *   `npm test` builds before vitest starts. Not isolated per file (see below).
 * - build: tests of a built copy of the project with fixture content (tests/build/fixture-site.ts).
 * - browser: Chromium against dist/, with its own set-up (installing Chromium when missing) and a
 *   longer timeout.
 */
export default defineConfig({
  test: {
    // html-validate over every page takes 20 s on an idle machine and twice that on a busy one.
    testTimeout: 60_000,
    // Two files at a time (vitest's default is one fewer than the cores: one, on these machines).
    // Projects that run together must share this in vitest 4, so it is set once for all three.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/site/**/*.test.ts'],
          // These files only read (content, dist/) and copy what they change (structuredClone), so they
          // can share one module cache per worker: the project takes 18 s instead of 37 s, most of it
          // importing the content layer once per file.
          isolate: false,
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
