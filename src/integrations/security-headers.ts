/**
 * Sends the site's security headers (src/lib/site/security-headers.ts) where the meta tag cannot:
 * writes them into dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages),
 * and sends them on every response of `astro dev`, so previewing a hostile pull request cannot run
 * script. Runs after the search index (so /pagefind/ has its rule) and before atomicOutput's swap.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OTHER_HEADERS, contentSecurityPolicy, headersFile, withoutBase } from '../lib/site/security-headers';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'charter-atlas:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = withoutBase(new URL(request.url ?? '/', 'http://localhost').pathname, base);
          response.setHeader('Content-Security-Policy', contentSecurityPolicy(path, 'dev'));
          for (const [name, value] of Object.entries(OTHER_HEADERS)) response.setHeader(name, value);
          next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = readdirSync(site, { withFileTypes: true }).map((d) => ({
          name: d.name,
          directory: d.isDirectory(),
        }));
        writeFileSync(join(site, '_headers'), headersFile(entries, base));
        logger.info(`Wrote security headers for ${entries.length} top-level entries to _headers`);
      },
    },
  };
}
