/**
 * Content cannot run code: an MDX body whose code would write a marker file is rejected by the
 * check that `npm run build` runs first, so Astro never compiles it and the marker never appears.
 * The control build (Astro alone, no check) shows the payload really would run. Both builds are the
 * shared fixture site's (tests/build/fixture-site.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, PAYLOAD_FILE, type FixtureSite } from './fixture-site';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
}, 300_000);

describe('an MDX file that tries to run code', () => {
  it('is rejected by npm run build before Astro compiles it, and its code never runs', () => {
    const { status, output, distAfter, markerAfter } = site.guardedBuild;
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`error: ${PAYLOAD_FILE.replace(/[./]/g, '\\$&')}:\\d+:1 body: an export statement would run code`));
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    expect(distAfter).toBe(false);
    expect(markerAfter).toBe(false);
  });

  it('would have run had the check not stopped it (control)', () => {
    expect(site.controlBuild.markerAfter).toBe(true);
  });
});
