import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, DEBIAN_HEADLESS_SHELL } from '../helpers/browser';

describe('the Chromium the browser tests drive', () => {
  it('is CHROMIUM_PATH when that is set', () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/CHROMIUM_PATH is \/nowhere\/chromium/);
  });

  it.runIf(existsSync(DEBIAN_HEADLESS_SHELL))("is Debian's headless shell without configuration, when it is installed", () => {
    expect(chromiumPath({})).toBe(DEBIAN_HEADLESS_SHELL);
  });
});
