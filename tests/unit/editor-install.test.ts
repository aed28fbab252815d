/**
 * The content editor's prebuilt files are installed alone, pinned (scripts/install-editor.mjs), not
 * as a dependency whose ~900 source packages made `npm install` print peer-dependency overrides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const installer = readFileSync(join(ROOT, 'scripts/install-editor.mjs'), 'utf8');
const pinned = {
  version: /version: '([^']+)'/.exec(installer)?.[1],
  integrity: /integrity: '([^']+)'/.exec(installer)?.[1],
};

describe("the content editor's install", () => {
  it("is this package's postinstall, and decap-cms is no dependency", () => {
    const pkg = json('package.json');
    expect(pkg.scripts.postinstall).toBe('node scripts/install-editor.mjs');
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('decap-cms');
    const locked = Object.keys(json('package-lock.json').packages);
    expect(
      locked.filter((p) => /node_modules\/(decap-cms|decap-cms-app|decap-cms-core|react|react-dom)$/.test(p)),
    ).toEqual([]);
  });

  it('has put the pinned version where the site reads it, checked against the pinned integrity', () => {
    expect(pinned.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pinned.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(json('node_modules/decap-cms/package.json').version).toBe(pinned.version);
    expect(readFileSync(join(ROOT, 'node_modules/decap-cms/.integrity'), 'utf8')).toBe(pinned.integrity);
    expect(existsSync(join(ROOT, 'node_modules/decap-cms/dist/decap-cms.js'))).toBe(true);
  });

  it('allows install scripts by name, and only those of packages that have them', () => {
    expect(json('package.json').allowScripts).toEqual({ esbuild: true, node: true });
  });
});
