/**
 * `astro dev`, the documented preview, sends the site's Content-Security-Policy as a header on every
 * response (src/integrations/security-headers.ts): no inline script anywhere, 'wasm-unsafe-eval' only
 * on /search/, frame-ancestors 'none', and the page it serves has no inline script the policy would
 * have to allow; a file added to public/ that the public/ rule refuses is not served. Run on a throw-away copy of the project, on a port of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, projectCopyWith } from '../helpers/site-copy';

const port = 4700 + Math.floor(Math.random() * 200);
const origin = `http://127.0.0.1:${port}`;
// An image in public/ from the start, so Vite serves that folder (as it would in a site with uploads).
const copy = projectCopyWith([{ file: 'public/uploads/first.gif', write: 'GIF89a\u0001\u0000\u0001\u0000' }]);
let server: ChildProcess;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('astro dev did not start within 60 s');
}

const directives = (policy: string | null) =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([n, ...v]) => [n!, v]),
  );

describe('astro dev', () => {
  beforeAll(async () => {
    server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: copy,
      env: astroEnv(),
      stdio: 'ignore',
      detached: true,
    });
    await waitForServer();
  }, 90_000);
  afterAll(() => {
    if (server.pid) process.kill(-server.pid); // the npx process group, started above
    rmSync(copy, { recursive: true, force: true });
  });

  it.each(['/', '/frameworks/lga/', '/charters/lga/', '/compare/'])(
    'sends a policy without inline or eval script on %s',
    async (path) => {
      const response = await fetch(`${origin}${path}`);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script is a file
    },
  );

  it("serves the content editor's prebuilt files at /admin/decap/ with the site's headers, and not the rest of Decap's package", async () => {
    const loader = await fetch(`${origin}/admin/decap/decap-cms.js`);
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toMatch(/javascript/);
    expect(loader.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await loader.text()).toContain('window.CMS=');
    for (const other of ['decap-cms.js.map', 'cms.js', '..%2Fpackage.json'])
      expect((await fetch(`${origin}/admin/decap/${other}`)).status, other).toBe(404);
  });

  it("allows 'wasm-unsafe-eval' on /search/ for Pagefind", async () => {
    const response = await fetch(`${origin}/search/`);
    expect(directives(response.headers.get('content-security-policy')).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });

  it('does not serve a file added to public/ while it runs that the public/ rule refuses, and serves a real image', async () => {
    // As an upload through the editor's media folder during `npm run cms` would arrive.
    writeFileSync(join(copy, 'public/uploads/map.gif'), 'GIF89a\u0001\u0000\u0001\u0000');
    writeFileSync(join(copy, 'public/uploads/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const svg = await fetch(`${origin}/uploads/logo.svg`);
    expect(svg.status).toBe(403);
    expect(await svg.text()).toMatch(
      /^error: public\/uploads\/logo\.svg:1:1 file: an SVG image, which can hold script, in public\/ would be served/,
    );
    // Vite serves a public file once its watcher has seen it arrive, which takes a moment on a busy machine.
    let status = 0;
    for (const started = Date.now(); status !== 200 && Date.now() - started < 15_000;) {
      status = (await fetch(`${origin}/uploads/map.gif`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
