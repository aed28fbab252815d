/**
 * A real browser on the built site: a static file server for a dist folder (optionally under a
 * sub-path, optionally with extra headers such as a Content-Security-Policy) and Debian's chromium
 * driven by playwright-core. Chromium is installed with apt-get when missing (CI runs as root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticSite {
  /** Full address of a site path, with the base: site.url('/search/') → http://127.0.0.1:1234/sub/search/ */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `root` at `base` ("/" or "/sub/"), as a static host would: directories serve index.html, misses the 404 page. */
export async function serveStatic(root: string, options: { base?: string; headers?: Record<string, string> } = {}): Promise<StaticSite> {
  const base = options.base ?? '/';
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let status = 200;
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = join(root, normalize(`/${path.slice(base.length)}`));
      const info = await stat(candidate).catch(() => undefined);
      if (info?.isDirectory() && existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      else if (info?.isFile()) file = candidate;
    }
    if (!file) [status, file] = [404, join(root, '404.html')];
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...options.headers });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${base.replace(/\/$/, '')}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const CHROMIUM = '/usr/bin/chromium';

/** Installs Debian's chromium if it is missing (playwright's own download needs internet access). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export async function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
