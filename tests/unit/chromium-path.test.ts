/** The browser tests find a Chromium, or install one in a fixed order, bounded in time, on a machine the test makes up. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chromiumPath,
  DEBIAN_HEADLESS_SHELL,
  ensureChromium,
  INSTALL_TIMEOUT_MS,
  type BrowserProbes,
} from '../helpers/browser';

const PLAYWRIGHT_SHELL = '/home/me/.cache/ms-playwright/chromium_headless_shell-1/chrome-linux/headless_shell';

/**
 * A made-up machine: the files it has, whether it is root on Debian, and which commands succeed; a
 * successful install adds the file it installs. `ran` records each command and its time limit.
 */
function machine(options: { files?: string[]; env?: NodeJS.ProcessEnv; apt?: boolean; succeeds?: RegExp }) {
  const files = new Set(options.files ?? []);
  const ran: string[] = [];
  const probes: BrowserProbes = {
    env: options.env ?? {},
    exists: (path) => files.has(path),
    playwrightShell: () => PLAYWRIGHT_SHELL,
    run: (command, args, timeoutMs) => {
      const line = `${command.endsWith('node') || command === process.execPath ? 'node' : command} ${args.map((a) => a.replace(/.*playwright-core\/cli\.js$/, 'playwright-core')).join(' ')}`;
      ran.push(`${line} (${timeoutMs} ms)`);
      const ok = options.succeeds?.test(line) ?? false;
      if (ok && line.includes('playwright-core install')) files.add(PLAYWRIGHT_SHELL);
      if (ok && line.includes('apt-get install')) files.add(DEBIAN_HEADLESS_SHELL);
      return ok;
    },
    canApt: () => options.apt ?? false,
    log: () => undefined,
  };
  return { probes, ran };
}

describe('the Chromium the browser tests drive', () => {
  it('is CHROMIUM_PATH when that is set', () => {
    expect(
      chromiumPath(
        machine({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome', DEBIAN_HEADLESS_SHELL] }).probes,
      ),
    ).toBe('/opt/chrome');
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
    expect(() => chromiumPath(machine({ env: { CHROMIUM_PATH: '/nowhere/chromium' } }).probes)).toThrow(
      /CHROMIUM_PATH is \/nowhere\/chromium/,
    );
  });

  it("prefers Debian's headless shell, then Playwright's, then an installed full Chromium", () => {
    expect(
      chromiumPath(machine({ files: [DEBIAN_HEADLESS_SHELL, PLAYWRIGHT_SHELL, '/usr/bin/chromium'] }).probes),
    ).toBe(DEBIAN_HEADLESS_SHELL);
    expect(chromiumPath(machine({ files: [PLAYWRIGHT_SHELL, '/usr/bin/chromium'] }).probes)).toBe(PLAYWRIGHT_SHELL);
    expect(chromiumPath(machine({ files: ['/usr/bin/chromium'] }).probes)).toBe('/usr/bin/chromium');
  });

  it.runIf(existsSync(DEBIAN_HEADLESS_SHELL))(
    "is Debian's headless shell on this machine, without configuration",
    () => {
      expect(chromiumPath()).toBe(DEBIAN_HEADLESS_SHELL);
    },
  );
});

describe('getting a Chromium before the browser tests', () => {
  const PLAYWRIGHT_INSTALL = `node playwright-core install chromium-headless-shell (${INSTALL_TIMEOUT_MS} ms)`;
  const APT = [
    `apt-get update -qq (${INSTALL_TIMEOUT_MS} ms)`,
    `apt-get install -y -qq chromium-headless-shell (${INSTALL_TIMEOUT_MS} ms)`,
  ];

  it('installs nothing when a headless shell is there', () => {
    const { probes, ran } = machine({ files: [DEBIAN_HEADLESS_SHELL], apt: true, succeeds: /./ });
    expect(ensureChromium(probes)).toBe(DEBIAN_HEADLESS_SHELL);
    expect(ran).toEqual([]);
  });

  it("first runs Playwright's installer for its headless shell (a laptop, GitHub)", () => {
    const { probes, ran } = machine({ files: ['/usr/bin/chromium'], apt: true, succeeds: /playwright-core/ });
    expect(ensureChromium(probes)).toBe(PLAYWRIGHT_SHELL);
    expect(ran).toEqual([PLAYWRIGHT_INSTALL]);
  });

  it('then takes a full Chromium already installed, before apt-get', () => {
    const { probes, ran } = machine({ files: ['/usr/bin/chromium-browser'], apt: true, succeeds: /apt-get/ });
    expect(ensureChromium(probes)).toBe('/usr/bin/chromium-browser');
    expect(ran).toEqual([PLAYWRIGHT_INSTALL]);
  });

  it("then, as root on Debian, installs Debian's headless shell, updating the package lists first", () => {
    const { probes, ran } = machine({ apt: true, succeeds: /apt-get/ });
    expect(ensureChromium(probes)).toBe(DEBIAN_HEADLESS_SHELL);
    expect(ran).toEqual([PLAYWRIGHT_INSTALL, ...APT]);
  });

  it('says how to get one when every way fails, and tries apt-get only as root on Debian', () => {
    const root = machine({ apt: true });
    expect(() => ensureChromium(root.probes)).toThrow(
      /No Chromium found, and none could be installed: run `npx playwright-core install chromium-headless-shell`.*CHROMIUM_PATH/,
    );
    expect(root.ran).toEqual([PLAYWRIGHT_INSTALL, APT[0]]);
    const user = machine({ apt: false, succeeds: /apt-get/ });
    expect(() => ensureChromium(user.probes)).toThrow(/No Chromium found/);
    expect(user.ran).toEqual([PLAYWRIGHT_INSTALL]);
  });
});
