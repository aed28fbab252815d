import { defineConfig } from 'vitest/config';

/**
 * Three projects, so each kind of test runs with the settings it needs:
 * - fast: unit, content and site tests (seconds; `npm run test:fast`). Site tests read dist/, which
 *   `npm test` builds before vitest starts.
 * - build: tests of a built copy of the project with fixture content (tests/build/fixture-site.ts).
 * - browser: Chromium against dist/; Chromium uses several processes per page, so at most two files
 *   at a time on these 2-core machines.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/site/**/*.test.ts'] },
      },
      {
        extends: true,
        // One fixture site, built in the background from the start of the run, for all build tests.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/build/fixture-site.ts'], maxWorkers: 2 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          maxWorkers: 2,
          // A page's axe run takes seconds on an idle machine and several times that on a busy one.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
