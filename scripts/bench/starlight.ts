/** The Starlight baseline: our pages as MDX in a Starlight project with this project's Astro version. */
import { readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPeer, writePages } from './peers';

export function installStarlight(root: string): string {
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  return installPeer('starlight', { astro: astroVersion, '@astrojs/starlight': 'latest' });
}

export function writeStarlightSite(starlightDir: string, ourDist: string): number {
  const docs = join(starlightDir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(starlightDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Charter Atlas (Starlight baseline)' })] });\n`,
  );
  writeFileSync(
    join(starlightDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return writePages(ourDist, docs, 'mdx');
}
