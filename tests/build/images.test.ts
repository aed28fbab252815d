/**
 * An image the allow-list admits (a path from the site's root to an image in public/) is published:
 * the file is copied to the site as it is, and the page shows it at its address under the site's
 * base, as the fixture site is built under a sub-path (tests/build/fixture-site.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { at, fixtureSite, IMAGE_ALT, IMAGE_BYTES, IMAGE_PATH, NEW, type FixtureSite } from './fixture-site';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
}, 300_000);

describe("an image in public/ shown in a framework's body", () => {
  it('is in the built site, byte for byte', () => {
    expect(readFileSync(join(site.dist, IMAGE_PATH))).toEqual(IMAGE_BYTES);
  });

  it('is shown at its address under the base, with its description', () => {
    const page = parse(readFileSync(join(site.dist, paths.framework(NEW), 'index.html'), 'utf8'));
    const image = page.querySelectorAll('main img').find((img) => img.getAttribute('alt') === IMAGE_ALT);
    expect(image?.getAttribute('src')).toBe(at(IMAGE_PATH));
  });
});
