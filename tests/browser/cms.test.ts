/**
 * The content editor (/admin/, Decap CMS) in a real browser against Decap's local backend
 * (decap-server) writing into a throw-away copy of the project, never the real content: the preview
 * shows a framework's standards by theme in the site's stylesheet; edit a standard's title and add a
 * standard, save, and check the file on disk and `npm run check`; a value the schema refuses is
 * refused by the editor too; the editor loads nothing from another origin.
 *
 * Set CMS_SCREENSHOTS=docs/cms to refresh the screenshots CONTRIBUTING.md shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, launchBrowser, serveSite, type Server } from '../helpers/browser';
import { ROOT } from '../helpers/content';
import { DIST } from '../helpers/dist';
import { exec, projectCopyWith } from '../helpers/site-copy';

const FILE = 'src/content/frameworks/east-midlands.mdx';
const ENTRY = '#/collections/frameworks/entries/east-midlands';
const OLD_TITLE = 'Political and managerial leadership is committed to the development of members.';
const NEW_TITLE = 'Political and managerial leadership are committed to developing members.';
const ADDED = { number: '1.6', title: 'Members have access to learning resources online.' };
const SCREENSHOTS = process.env.CMS_SCREENSHOTS ? join(ROOT, process.env.CMS_SCREENSHOTS) : undefined;

let copy: string;
let proxy: ChildProcess;
let proxyUrl: string;
let site: Server;
let browser: Browser;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  // A new standard must be mapped to topics before the check passes; the copy maps the one the test adds.
  copy = projectCopyWith([
    {
      file: 'src/content/mappings/east-midlands.yaml',
      replace: 'mappings:\n',
      with: `mappings:\n  - standard: "${ADDED.number}"\n    topics:\n      - { topic: effective-learning, relationship: intersects-with }\n`,
    },
  ]);
  const port = await freePort();
  proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  proxy = spawn(join(ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: copy },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    proxy.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    proxy.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  [site, browser] = await Promise.all([serveSite(DIST), launchBrowser()]);
  if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  proxy?.kill();
});

/** What the page's Content-Security-Policy refused, as the browser reports it. */
function refusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
  return refused;
}

/**
 * The editor signed in on the local backend, in one page for the whole file (loading Decap takes
 * about five seconds, nearly all of it running its 5 MB script), with what it fetched from another
 * origin and what the policy refused since it opened.
 */
let editor: Promise<{ page: Page; offSite: string[]; refused: string[] }> | undefined;
function signedIn() {
  editor ??= (async () => {
    const { context, offSite } = await isolatedContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refused = refusals(page);
    page.setDefaultTimeout(30_000);
    // The built configuration names decap-server's default address; this test's runs on a free port.
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/^local_backend: true$/m, `local_backend:\n  url: ${proxyUrl}`);
      await route.fulfill({ response, body });
    });
    await page.goto(site.url('/admin/'));
    await page.getByRole('button', { name: 'Login' }).click();
    return { page, offSite, refused };
  })();
  return editor;
}

/**
 * Opens the framework in the editor afresh, as from the list of frameworks (the editor's own
 * navigation, so nothing reloads): every list item collapsed, the file as it is on disk now.
 */
async function openFramework(): Promise<{ page: Page; offSite: string[]; refused: string[] }> {
  const opened = await signedIn();
  const { page } = opened;
  await page.goto(site.url('/admin/') + '#/collections/frameworks');
  await page.getByRole('link', { name: /East Midlands/ }).first().waitFor();
  await page.goto(site.url('/admin/') + ENTRY);
  await page.getByText('4 themes').waitFor();
  return opened;
}

/** Opens a collapsed list item by its summary ("1 Commitment to Member development"). */
const expand = (page: Page, summary: string) =>
  page.getByText(summary, { exact: true }).locator('xpath=..').locator('button').first().click();

/** The visible text box of a field (`number`, `title`) whose value is `value`. */
async function fieldWithValue(page: Page, field: string, value: string) {
  const boxes = page.locator(`input[id^="${field}-field-"]`);
  for (const box of await boxes.all()) if ((await box.isVisible()) && (await box.inputValue()) === value) return box;
  throw new Error(`no visible ${field} field holds "${value}"`);
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

const frontMatter = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)!;

describe('the content editor at /admin/', () => {
  it('loads from this site only, signed out (GitHub backend) as well as on the local backend', async () => {
    const { context, offSite } = await isolatedContext(browser);
    const page = await context.newPage();
    const refused = refusals(page);
    await page.goto(site.url('/admin/'));
    await page.getByRole('button', { name: /Login with GitHub/i }).waitFor();
    expect(offSite).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();

    const local = await openFramework();
    expect(local.offSite).toEqual([]);
    expect(local.refused).toEqual([]);
  }, 120_000);

  it("previews a framework in the site's own stylesheet, with its standards under their themes as its file has them", async () => {
    const { themes } = load(frontMatter(readFileSync(join(copy, FILE), 'utf8'))[1]!) as { themes: { number: number; title: string; standards: { number: string; title: string }[] }[] };
    const { page, refused } = await openFramework();
    const preview = page.frameLocator('#preview-pane');
    await preview.locator('section.theme h3').first().waitFor();
    const shown = await preview.locator('section.theme').evaluateAll((sections) =>
      sections.map((s) => ({ theme: s.querySelector('h3')?.textContent, standards: [...s.querySelectorAll('ol.standard-list > li')].map((li) => li.textContent) })),
    );
    expect(shown).toEqual(themes.map((t) => ({ theme: `${t.number}. ${t.title}`, standards: t.standards.map((s) => `${s.number} ${s.title}`) })));
    // The site's stylesheet is the preview's only one, and it loaded (a refused or missing file has no rules).
    const sheets = await preview.locator('link[rel="stylesheet"]').evaluateAll((links) =>
      links.map((l) => ({ href: l.getAttribute('href'), rules: (l as HTMLLinkElement).sheet?.cssRules.length ?? 0 })),
    );
    expect(sheets.map((s) => s.href)).toEqual([expect.stringMatching(/^\/_astro\/site\.[\w-]+\.css$/)]);
    expect(sheets[0]!.rules).toBeGreaterThan(10);
    expect(refused).toEqual([]);
  }, 120_000);

  it("saves a changed standard title and an added standard into the framework's file, which still passes the check", async () => {
    const before = readFileSync(join(copy, FILE), 'utf8');
    const { page } = await openFramework();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, '1-framework.png') });
    await expand(page, '1 Commitment to Member development');
    await expand(page, `1.1 ${OLD_TITLE}`);
    await (await fieldWithValue(page, 'title', OLD_TITLE)).fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Add standards' }).click();
    await (await fieldWithValue(page, 'number', '')).fill(ADDED.number);
    await (await fieldWithValue(page, 'title', '')).fill(ADDED.title);
    if (SCREENSHOTS) {
      await (await fieldWithValue(page, 'title', ADDED.title)).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, '2-standard.png') });
    }
    // decap-server answers the editor's request to save once it has written the whole file (which
    // changes on disk before that, so reading it as soon as it differs could catch it half-written).
    const saved = page.waitForResponse((r) => r.url() === proxyUrl && /"action":\s*"persistEntry"/.test(r.request().postData() ?? ''));
    await publish(page);
    expect((await saved).ok()).toBe(true);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, '3-saved.png') });

    const after = readFileSync(join(copy, FILE), 'utf8');
    expect(after).not.toBe(before);
    // The page text below the front matter is byte for byte what it was.
    expect(after.slice(frontMatter(after)[0].length)).toBe(before.slice(frontMatter(before)[0].length));
    // The front matter holds exactly the same facts, but for the two edits. Decap writes the whole
    // front matter back with the `yaml` library (see README): same keys in the same order, but long
    // text re-wrapped, `[a, b]` lists written one item a line, and YAML comments dropped.
    const expected = load(frontMatter(before)[1]!) as { themes: { standards: { number: string; title: string }[] }[] };
    expected.themes[0]!.standards[0]!.title = NEW_TITLE;
    expected.themes[0]!.standards.push(ADDED);
    expect(load(frontMatter(after)[1]!)).toEqual(expected);
    expect(Object.keys(load(frontMatter(after)[1]!) as object)).toEqual(Object.keys(expected));

    const check = exec(copy, 'npm', ['run', 'check']);
    expect(check.status, check.output).toBe(0);
  }, 240_000);

  it("refuses a standard number the schema refuses, with the schema's message, and writes nothing", async () => {
    const before = readFileSync(join(copy, FILE), 'utf8');
    const { page } = await openFramework();
    await expand(page, '2 Strategic approach to Member development');
    await expand(page, "2.1 Member Development Strategy linked to the authority's corporate plan.");
    await (await fieldWithValue(page, 'slug', '')).fill('two point one');
    await publish(page);
    await page.getByText('expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1').waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, '4-refused.png') });
    expect(readFileSync(join(copy, FILE), 'utf8')).toBe(before);
  }, 120_000);
});
