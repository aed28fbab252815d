/**
 * Atomic builds: `astro build` writes the site into a sibling folder (`dist.partial/`) and, only
 * once every other integration's `astro:build:done` has finished (the sitemap and the Pagefind
 * index included), swaps it in for `dist/`. A build that fails at any step leaves the previous
 * `dist/` complete, so a host never serves a half-written site.
 *
 * Done as an integration rather than in the npm script so it also holds for a plain `npx astro
 * build`, the command most static hosts run. Must be the last integration in astro.config.mjs:
 * Astro runs each hook integration by integration, in order.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function atomicOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let partialDir: string | undefined;
  return {
    name: 'charter-atlas:atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return; // `astro preview` must keep reading dist/
        finalDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        partialDir = `${finalDir}.partial`;
        rmSync(partialDir, { recursive: true, force: true }); // left over from a failed build
        updateConfig({ outDir: pathToFileURL(`${partialDir}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!finalDir || !partialDir) return;
        const previous = `${finalDir}.previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(finalDir)) renameSync(finalDir, previous);
        try {
          renameSync(partialDir, finalDir);
        } catch (error) {
          if (existsSync(previous)) renameSync(previous, finalDir);
          throw error;
        }
        rmSync(previous, { recursive: true, force: true });
        logger.info(`The complete site replaced ${finalDir}`);
      },
    },
  };
}
