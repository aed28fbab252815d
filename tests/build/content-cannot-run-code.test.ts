/**
 * Content cannot run code or reach a visitor: hostile MDX (code that would write a marker file, and a
 * redirect smuggled through <noscript>) is refused by the check that `npm run build` runs first and,
 * with the same file:line:col messages, by Astro's own MDX pipeline when a host runs a plain
 * `astro build` (src/lib/content/remark-mdx-safety.ts). The control build, whose config leaves the plugin
 * out, shows the payload really would run. Images whose addresses would import a module planted in
 * sources/ are refused the same way, and the module never runs. All builds are the shared fixture
 * site's (tests/build/fixture-site.ts).
 */
import { join } from 'node:path';
import { remarkCollectImages } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import {
  fixtureSite,
  HOSTILE_IMAGES,
  IMAGE_PAYLOAD,
  PAYLOAD_FILE,
  PLANTED_WORDS,
  type FixtureSite,
} from './fixture-site';

const escaped = (s: string) => s.replace(/[./]/g, '\\$&');
let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
}, 300_000);

describe('hostile MDX', () => {
  it('is rejected by npm run build before Astro compiles it, and its code never runs', () => {
    const { status, output, distAfter, markerAfter } = site.guardedBuild;
    expect(status).not.toBe(0);
    expect(output).toMatch(
      new RegExp(`error: ${escaped(PAYLOAD_FILE)}:\\d+:1 body: an export statement would run code`),
    );
    expect(output).toContain(
      `error: ${PAYLOAD_FILE}:${site.redirectLine}:1 body: the HTML element <noscript> is not allowed in content: `,
    );
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(distAfter).toBe(false);
    expect(markerAfter).toBe(false);
  });

  it("is rejected by a plain astro build with the check's messages, its code never runs and no output carries the redirect", () => {
    const { status, output, distText, markerAfter } = site.plainBuild;
    expect(status).not.toBe(0);
    expect(output).toContain(
      `error: ${PAYLOAD_FILE}:${site.redirectLine}:1 body: the HTML element <noscript> is not allowed in content: `,
    );
    expect(output).toContain(
      `error: ${PAYLOAD_FILE}:${site.redirectLine}:11 body: the HTML element <meta> is not allowed in content: `,
    );
    expect(markerAfter).toBe(false);
    expect(distText).not.toContain('evil.example');
  });

  it("would have run without the plugin in Astro's pipeline (control)", () => {
    expect(site.controlBuild.markerAfter).toBe(true);
  });
});

describe('hostile image addresses', () => {
  const imageRefused = (url: string, line: number) =>
    `error: ${PAYLOAD_FILE}:${line}:1 body: the image address "${url}" is not allowed: an image is an https:// address or a path from the site's root`;

  it('are refused by npm run build and by a plain astro build with nothing else hostile in the body, and the module they name never runs', () => {
    for (const run of [site.imageBuild, site.guardedBuild]) {
      expect(run.imageMarkerAfter).toBe(false);
      expect(run.status).not.toBe(0);
      HOSTILE_IMAGES.forEach((url, i) => expect(run.output).toContain(imageRefused(url, run.imageLines[i]!)));
    }
    expect(site.guardedBuild.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(site.imageBuild.distText).not.toContain(PLANTED_WORDS);
    expect(site.imageBuild.distText).not.toContain('planted');
  });

  it("are what Astro's own image collector would import as modules (control)", () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(IMAGE_PAYLOAD);
    const file = new VFile({ path: join(ROOT, PAYLOAD_FILE) });
    remarkCollectImages({ domains: [], remotePatterns: [] })(tree as never, file); // no remote image domains, as in astro.config.mjs
    expect((file.data as { astro: { localImagePaths: string[] } }).astro.localImagePaths.sort()).toEqual(
      [...HOSTILE_IMAGES].sort(),
    );
  });
});
