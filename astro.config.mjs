// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';

const base = process.env.BASE ?? '/';

/** Where the built pages are, known once the configuration is final. */
let outDir = new URL('./dist/', import.meta.url);
const rememberOutDir = { name: 'charter-atlas:out-dir', hooks: { 'astro:config:done': (/** @type {{ config: { outDir: URL } }} */ { config }) => { outDir = config.outDir; } } };

/**
 * Pages that only redirect (src/components/RedirectPage.astro: a pair asked for in the other order or
 * an old pair of superseded editions, /charters/<id>/) stay out of the sitemap. The built page says
 * so itself, so which addresses redirect is decided in one place (src/lib/pair-routes.ts).
 * @param {string} page
 */
function isRedirectPage(page) {
  const path = decodeURI(new URL(page).pathname).slice(base.replace(/\/?$/, '/').length);
  try {
    return /<meta http-equiv="refresh"/.test(readFileSync(new URL(`${path}index.html`, outDir), 'utf8'));
  } catch {
    return false;
  }
}

// `SITE` and `BASE` let a council or regional host serve the site from its own
// domain or a sub-path (e.g. BASE=/charters/) without changing any code.
export default defineConfig({
  site: process.env.SITE ?? 'https://charter-atlas.example',
  base,
  trailingSlash: 'always',
  integrations: [rememberOutDir, mdx(), sitemap({ filter: (page) => !isRedirectPage(page) }), searchIndex()],
  // Stylesheets stay files: the Content-Security-Policy (src/layouts/Base.astro) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never inline a script into the HTML: a Content-Security-Policy without 'unsafe-inline' must allow every page.
  vite: { build: { assetsInlineLimit: 0 } },
});
