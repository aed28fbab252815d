/**
 * The content editor's program in the built site (src/integrations/content-editor.ts): Decap's
 * prebuilt loader and every chunk and asset it may request are in dist/admin/decap/, where
 * /admin/ loads it from; the source maps and the package's other copy of the build are not.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../helpers/dist';

const PACKAGE_DIST = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
const built = readdirSync(join(DIST, 'admin/decap')).sort();

describe('the content editor in dist/', () => {
  it('/admin/ loads decap-cms.js from this site, then the site script that sets up the preview', () => {
    const scripts = page('/admin/')
      .querySelectorAll('script')
      .map((s) => s.getAttribute('src'));
    expect(scripts).toEqual(['/admin/decap/decap-cms.js', expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
  });

  it("holds the loader, each of its numbered chunks and the WebAssembly they fetch, as Decap's package has them", () => {
    const wanted = readdirSync(PACKAGE_DIST).filter((f) => /^\d+\.decap-cms\.js$|\.wasm$/.test(f));
    expect(wanted.length).toBeGreaterThan(50);
    expect(built).toEqual(expect.arrayContaining(['decap-cms.js', ...wanted]));
  });

  it('leaves out the source maps and the older cms.js copy of the same build', () => {
    expect(built.filter((f) => f.endsWith('.map') || /(^|\.)cms\.js$/.test(f))).toEqual([]);
  });
});
