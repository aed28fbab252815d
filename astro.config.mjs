// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from '@astrojs/sitemap';

// `SITE` and `BASE` let a council or regional host serve the site from its own
// domain or a sub-path (e.g. BASE=/charters/) without changing any code.
export default defineConfig({
  site: process.env.SITE ?? 'https://charter-atlas.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // The sitemap leaves out /charters/<id>/, which only redirects to the current edition's page.
  integrations: [mdx(), sitemap({ filter: (page) => !new URL(page).pathname.includes('/charters/') }), searchIndex()],
  build: { format: 'directory' },
  // Never inline a script into the HTML: a Content-Security-Policy without 'unsafe-inline' must allow every page.
  vite: { build: { assetsInlineLimit: 0 } },
});
