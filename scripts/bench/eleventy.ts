/**
 * The Eleventy baseline: our pages as Markdown built by Eleventy with the x-govuk
 * govuk-eleventy-plugin (GOV.UK Frontend styles and layouts), as UK public-sector content sites commonly are.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPeer, writePages } from './peers';

export const installEleventy = (): string =>
  installPeer('eleventy', { '@11ty/eleventy': '^3', '@x-govuk/govuk-eleventy-plugin': 'latest' });

export function writeEleventySite(eleventyDir: string, ourDist: string): number {
  const site = join(eleventyDir, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  // The plugin's sitemap page needs a navigation tree our pages do not declare; Markdown is not run
  // through a template language, as our pages are plain text.
  writeFileSync(
    join(eleventyDir, 'eleventy.config.js'),
    `import { govukEleventyPlugin } from '@x-govuk/govuk-eleventy-plugin';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(govukEleventyPlugin, { header: { productName: 'Charter Atlas (Eleventy baseline)' }, titleSuffix: 'Charter Atlas', templates: { sitemap: false } });
  return { dir: { input: 'site', output: 'dist' }, markdownTemplateEngine: false };
}
`,
  );
  return writePages(ourDist, site, 'md', 'layout: page\n');
}
