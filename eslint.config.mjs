// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for every script,
// and eslint-plugin-astro's for .astro components. Style (line length, quotes, spacing) is
// Prettier's job (.prettierrc.json); CSS is stylelint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist.partial/', 'dist.previous/', '.astro/', 'tests/artifacts/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // The site's code runs at build time in Node; src/browser/ and the components' scripts in the browser.
  { languageOptions: { globals: { ...globals.node } } },
  { files: ['src/browser/**', '**/*.astro'], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      // `_name` marks a parameter or value left unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // The content rules, the feed and the calendar writer match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
);
