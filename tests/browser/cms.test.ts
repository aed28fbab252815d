/**
 * The content editor (/admin/, Decap CMS) in a real browser against Decap's local backend
 * (decap-server) writing into a throw-away copy of the project, never the real content: the preview
 * shows a framework's standards by theme in the site's stylesheet; edit a standard's title and add a
 * standard, save, and check the diff of the file on disk and `npm run check`; add and remove a cost
 * line (the diff is the line's lines, and the editor warns that the lines no longer add up to the
 * published total); entries, references and previews show names; attach an action to an unnumbered
 * standard (the publisher fixture's, tests/fixtures/publisher-charter, with an action plan of this
 * test's own); a value the schema refuses is refused by the editor too, and the error summary lists
 * every problem; axe finds nothing in the editor's forms; the editor loads nothing from another origin.
 *
 * Set CMS_SCREENSHOTS=docs/cms to refresh the screenshots CONTRIBUTING.md shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, isolatedContext, launchBrowser, serveSite, type Server } from '../helpers/browser';
import { ROOT } from '../helpers/content';
import { DIST } from '../helpers/dist';
import { changedLines } from '../helpers/line-diff';
import { exec, projectCopyWith } from '../helpers/site-copy';

const FILE = 'src/content/frameworks/east-midlands.mdx';
const ENTRY = '#/collections/frameworks/entries/east-midlands';
const OLD_TITLE = 'Political and managerial leadership is committed to the development of members.';
const NEW_TITLE = 'Political and managerial leadership are committed to developing members.';
const ADDED = { number: '1.6', title: 'Members have access to learning resources online.' };
const COSTS = 'src/content/costs/west-midlands.yaml';
const PLAN = 'src/content/action-plans/fixture-llan-2024.yaml';
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
  // Content of the tests' own: a charter with an unnumbered standard, and a plan against it.
  for (const fixture of ['publisher-charter', 'cms-editor'])
    cpSync(join(ROOT, 'tests/fixtures', fixture), copy, { recursive: true });
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
  page.on(
    'console',
    (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && refused.push(m.text()),
  );
  return refused;
}

/**
 * The editor signed in on the local backend, in one page for the whole file (loading Decap takes
 * about five seconds, nearly all of it running its 5 MB script), with what it fetched from another
 * origin and what the policy refused since it opened.
 */
let editor: Promise<{ page: Page; offSite: string[]; refused: string[] }> | undefined;
/** The messages of the dialogs the editor opened. */
const dialogs: string[] = [];
function signedIn() {
  editor ??= (async () => {
    const { context, offSite } = await isolatedContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refused = refusals(page);
    page.setDefaultTimeout(30_000);
    // The editor's questions: the total warning is answered "keep both"; a leftover backup of an
    // earlier test's unsaved edit is not restored.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (/backup/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept());
    });
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
  await page
    .getByRole('link', { name: /East Midlands/ })
    .first()
    .waitFor();
  await page.goto(site.url('/admin/') + ENTRY);
  await page.getByText('4 themes').waitFor();
  return opened;
}

/** Opens a collapsed list item by its summary ("1 Commitment to Member development"). */
const expand = (page: Page, summary: string) =>
  page.getByText(summary, { exact: true }).locator('xpath=..').locator('button').first().click();

/** The visible text box (or text area) of a field (`number`, `title`) whose value is `value`. */
async function fieldWithValue(page: Page, field: string, value: string, element: 'input' | 'textarea' = 'input') {
  const boxes = page.locator(`${element}[id^="${field}-field-"]`);
  for (const box of await boxes.all()) if ((await box.isVisible()) && (await box.inputValue()) === value) return box;
  throw new Error(`no visible ${field} field holds "${value}"`);
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

/** Publishes and waits for decap-server to have written the whole file (it changes on disk before that). */
async function publishAndWait(page: Page) {
  const saved = page.waitForResponse(
    (r) => r.url() === proxyUrl && /"action":\s*"persistEntry"/.test(r.request().postData() ?? ''),
  );
  await publish(page);
  expect((await saved).ok()).toBe(true);
}

/** Opens an entry as from its collection's list, where it is listed by `name`. */
async function openEntry(collection: string, name: string) {
  const { page } = await signedIn();
  await page.goto(site.url('/admin/') + `#/collections/${collection}`);
  await page.getByRole('link', { name }).first().click();
  return page;
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
    const { themes } = load(frontMatter(readFileSync(join(copy, FILE), 'utf8'))[1]!) as {
      themes: { number: number; title: string; standards: { number: string; title: string }[] }[];
    };
    const { page, refused } = await openFramework();
    const preview = page.frameLocator('#preview-pane');
    await preview.locator('section.theme h3').first().waitFor();
    const shown = await preview.locator('section.theme').evaluateAll((sections) =>
      sections.map((s) => ({
        theme: s.querySelector('h3')?.textContent,
        standards: [...s.querySelectorAll('ol.standard-list > li')].map((li) => li.textContent),
      })),
    );
    expect(shown).toEqual(
      themes.map((t) => ({
        theme: `${t.number}. ${t.title}`,
        standards: t.standards.map((s) => `${s.number} ${s.title}`),
      })),
    );
    // The site's stylesheet is the preview's only one, and it loaded (a refused or missing file has no rules).
    const sheets = await preview
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) =>
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
    await publishAndWait(page);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, '3-saved.png') });

    const after = readFileSync(join(copy, FILE), 'utf8');
    // The diff is the edits and nothing else: one line for the title, the new standard's two lines.
    expect(changedLines(before, after)).toEqual({
      removed: [`        title: ${OLD_TITLE}`],
      added: [`        title: ${NEW_TITLE}`, `      - number: "${ADDED.number}"`, `        title: ${ADDED.title}`],
    });
    const expected = load(frontMatter(before)[1]!) as { themes: { standards: { number: string; title: string }[] }[] };
    expected.themes[0]!.standards[0]!.title = NEW_TITLE;
    expected.themes[0]!.standards.push(ADDED);
    expect(load(frontMatter(after)[1]!)).toEqual(expected);

    const check = exec(copy, 'npm', ['run', 'check']);
    expect(check.status, check.output).toBe(0);
  }, 240_000);

  it("lists the costs by their framework's name, previews them as their page with both totals, and warns before saving lines that do not add up", async () => {
    const before = readFileSync(join(copy, COSTS), 'utf8');
    const page = await openEntry('costs', 'Costs: West Midlands Charter');
    await expand(page, 'Undertaking Charter for the first time');
    // The level is chosen by name, not typed as an id.
    await page.getByText('West Midlands Charter Level 1', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Add lines' }).first().click();
    await (await fieldWithValue(page, 'activity', '', 'textarea')).fill('Certificate framing');
    await (await fieldWithValue(page, 'unitPrice', '')).fill('150');
    await (await fieldWithValue(page, 'asPublished', '', 'textarea')).fill('Certificate framing - £150');
    // The preview is the cost table, its computed total beside the published one, with the editor's warning.
    const preview = page.frameLocator('#preview-pane');
    const list = preview.locator('section.price-list').first();
    await expect.poll(() => list.locator('[data-total="computed"]').textContent()).toBe('£4,630');
    expect(await list.locator('[data-total="published"]').textContent()).toBe('£4,480');
    const warning =
      'Undertaking Charter for the first time: These lines add to £4,630; the published total is £4,480. Keep both only if the source says so.';
    expect(await list.getByRole('alert').textContent()).toBe(`Check the total: ${warning}`);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, '5-costs.png') });
    dialogs.length = 0;
    await publishAndWait(page);
    expect(dialogs).toEqual([`${warning}\n\nSave anyway?`]);
    const added = readFileSync(join(copy, COSTS), 'utf8');
    expect(changedLines(before, added)).toEqual({
      removed: [],
      added: [
        '      - activity: Certificate framing',
        '        unitPrice: 150',
        '        asPublished: Certificate framing - £150',
      ],
    });

    // Removing the line again removes only its lines: the file is as it was.
    const again = await openEntry('costs', 'Costs: West Midlands Charter');
    await expand(again, 'Undertaking Charter for the first time');
    await again.getByRole('button', { name: 'Remove Certificate framing' }).click();
    await publishAndWait(again);
    expect(changedLines(added, readFileSync(join(copy, COSTS), 'utf8')).added).toEqual([]);
    expect(readFileSync(join(copy, COSTS), 'utf8')).toBe(before);
  }, 240_000);

  it('attaches an action to an unnumbered standard, chosen by its title, written as its slug, and the check accepts the file', async () => {
    const before = readFileSync(join(copy, PLAN), 'utf8');
    const page = await openEntry('actionPlans', 'Action plan: fixture-llan-town-council');
    await page.getByRole('button', { name: 'Add items' }).click();
    const standard = page.locator('input[id^="standard-field-"]').last();
    await standard.fill('wellbeing');
    await page
      .getByText("Fixture Criteria Charter: The council looks after councillors' wellbeing and safety.", {
        exact: true,
      })
      .click();
    await (await fieldWithValue(page, 'need', '', 'textarea')).fill('Councillors need support with their wellbeing.');
    await page.getByRole('button', { name: 'Add actions' }).last().click();
    await (await fieldWithValue(page, 'action', '', 'textarea')).fill('Set up a buddying scheme.');
    await publishAndWait(page);
    const after = readFileSync(join(copy, PLAN), 'utf8');
    expect(changedLines(before, after)).toEqual({
      removed: [],
      added: [
        '  - standard: councillor-wellbeing',
        '    need: Councillors need support with their wellbeing.',
        '    actions:',
        '      - action: Set up a buddying scheme.',
      ],
    });
    const check = exec(copy, 'npm', ['run', 'check']);
    expect(check.status, check.output).toBe(0);
  }, 240_000);

  it('has no axe violations in its forms, nor in the preview of the page', async () => {
    // The editor script names Decap's controls just after Decap draws them (the next frame).
    const named = (page: Page) =>
      page.waitForFunction(
        () =>
          !!document.getElementById('preview-pane')?.title &&
          [...document.querySelectorAll('[class*="ListItemTopBar"] > button')].every((b) =>
            b.hasAttribute('aria-label'),
          ),
      );
    const { page } = await openFramework();
    await expand(page, '1 Commitment to Member development');
    await named(page);
    expect(await axeViolations(page)).toEqual([]);
    await openEntry('costs', 'Costs: West Midlands Charter');
    await expand(page, 'Undertaking Charter for the first time');
    await named(page);
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  it("refuses a standard number the schema refuses, with the schema's message, and writes nothing", async () => {
    const before = readFileSync(join(copy, FILE), 'utf8');
    const { page } = await openFramework();
    await expand(page, '2 Strategic approach to Member development');
    await expand(page, "2.1 Member Development Strategy linked to the authority's corporate plan.");
    await (await fieldWithValue(page, 'slug', '')).fill('two point one');
    await publish(page);
    await page
      .getByText('expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1')
      .first()
      .waitFor();
    expect(readFileSync(join(copy, FILE), 'utf8')).toBe(before);
  }, 120_000);

  it('lists every problem in an error summary at the top of the form, each a link to its field', async () => {
    const before = readFileSync(join(copy, FILE), 'utf8');
    const { page } = await openFramework();
    await page.locator('input[id^="title-field-"]').first().fill('');
    await expand(page, '2 Strategic approach to Member development');
    await expand(page, "2.1 Member Development Strategy linked to the authority's corporate plan.");
    await (await fieldWithValue(page, 'slug', '')).fill('two point one');
    await publish(page);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      expect.stringMatching(/^Title: .*required/i),
      "Slug (optional): Slug didn't match the pattern: expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1.",
    ]);
    await links.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^title-field-/);
    if (SCREENSHOTS) {
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, '4-refused.png') });
    }
    expect(readFileSync(join(copy, FILE), 'utf8')).toBe(before);
  }, 120_000);
});
