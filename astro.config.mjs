// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMdxSafety from './src/lib/content/remark-mdx-safety.ts';
import searchIndex from './src/integrations/search-index.ts';
import atomicOutput from './src/integrations/atomic-output.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import contentEditor from './src/integrations/content-editor.ts';
import publicFilesGuard from './src/integrations/public-files.ts';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';

const base = process.env.BASE ?? '/';

/** Where the built pages are, known once the configuration is final. */
let outDir = new URL('./dist/', import.meta.url);
const rememberOutDir = {
  name: 'charter-atlas:out-dir',
  hooks: {
    'astro:config:done': (/** @type {{ config: { outDir: URL } }} */ { config }) => {
      outDir = config.outDir;
    },
  },
};

/**
 * Pages that only redirect (src/components/RedirectPage.astro: a pair asked for in the other order or
 * an old pair of superseded editions, /charters/<id>/) stay out of the sitemap. The built page says
 * so itself, so which addresses redirect is decided in one place (src/lib/crosswalk/pair-routes.ts).
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
  // securityHeaders before contentEditor, so astro dev sends the headers on the editor's files too;
  // atomicOutput last: it swaps the finished build in for dist/ after the sitemap, the search index and
  // the content editor's prebuilt files are in it. publicFilesGuard first: it refuses public/ before anything is built.
  integrations: [
    publicFilesGuard(),
    rememberOutDir,
    mdx(),
    sitemap({ filter: (page) => !isRedirectPage(page) }),
    searchIndex(),
    securityHeaders(),
    contentEditor(),
    atomicOutput(),
  ],
  // Two content files with one id (e.g. harrow.yaml and harrow~.yaml) fail the build instead of
  // one silently replacing the other (Astro's glob loader only warns under the default 'warn').
  prerenderConflictBehavior: 'error',
  // The MDX allow-list (src/lib/content/mdx-safety.ts) runs inside Astro's own pipeline, so `astro build` and
  // `astro dev` refuse hostile content even without `npm run check`. Remark plugins run only with the
  // unified processor (Astro's default, Sätteri, runs none); MDX files inherit it.
  markdown: { processor: unified({ remarkPlugins: [remarkMdxSafety] }) },
  // The dev toolbar bootstraps with an inline script, which the dev server's Content-Security-Policy
  // (src/integrations/security-headers.ts) refuses like any other inline script.
  devToolbar: { enabled: false },
  // Stylesheets stay files: the Content-Security-Policy (src/layouts/Base.astro) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never inline a script into the HTML: a Content-Security-Policy without 'unsafe-inline' must allow every page.
  vite: { build: { assetsInlineLimit: 0 } },
});
