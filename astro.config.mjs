// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// `SITE` and `BASE` let a council or regional host serve the site from its own
// domain or a sub-path (e.g. BASE=/charters/) without changing any code.
export default defineConfig({
  site: process.env.SITE ?? 'https://charter-atlas.example',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Stylesheets stay files: the Content-Security-Policy (src/layouts/Base.astro) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
