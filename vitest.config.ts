import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    // Site tests read dist/, which `npm test` builds before vitest starts.
    testTimeout: 30_000,
  },
});
