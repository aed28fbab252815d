// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMdxSafety from './src/lib/remark-mdx-safety.ts';
import searchIndex from './src/integrations/search-index.ts';
import atomicOutput from './src/integrations/atomic-output.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import sitemap from '@astrojs/sitemap';

/** @param {string} path */
function isRedirect(path) {
  const pair = /\/compare\/([^/]+)\/([^/]+)\/$/.exec(path);
  return path.includes('/charters/') || (pair !== null && String(pair[1]) > String(pair[2]));
}

// `SITE` and `BASE` let a council or regional host serve the site from its own
// domain or a sub-path (e.g. BASE=/charters/) without changing any code.
export default defineConfig({
  site: process.env.SITE ?? 'https://charter-atlas.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // The sitemap leaves out pages that only redirect: /charters/<id>/ (to the current edition) and a
  // pair comparison asked for in reverse order (/compare/<b>/<a>/ with b after a, to /compare/<a>/<b>/).
  // atomicOutput last: it swaps the finished build in for dist/ after the sitemap and the search index.
  integrations: [mdx(), sitemap({ filter: (page) => !isRedirect(new URL(page).pathname) }), searchIndex(), securityHeaders(), atomicOutput()],
  // Two content files with one id (e.g. harrow.yaml and harrow~.yaml) fail the build instead of
  // one silently replacing the other (Astro's glob loader only warns under the default 'warn').
  prerenderConflictBehavior: 'error',
  // The MDX allow-list (src/lib/mdx-safety.ts) runs inside Astro's own pipeline, so `astro build` and
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
