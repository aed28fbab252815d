/** Measurements over a built site folder: page count, sizes and per-page weight (HTML + CSS + JS, gzip). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteWeight {
  pages: number;
  distBytes: number;
  medianPageGzip: number;
  largestPageGzip: number;
  largestPage: string;
  /** JavaScript bytes (gzip) a content page loads; search and interactive pages excluded by `jsAllowed`. */
  maxContentPageJs: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Weighs every HTML page in `dist` that readers load (`skip` leaves others out), counting each
 * stylesheet and script it references once.
 */
export function measureSite(
  dist: string,
  jsAllowed: (page: string) => boolean,
  skip: (page: string) => boolean = () => false,
): SiteWeight {
  const files = walk(dist);
  const gzipCache = new Map<string, number>();
  const gzipped = (path: string) => {
    let size = gzipCache.get(path);
    if (size === undefined) {
      try {
        size = gzipSync(readFileSync(path)).length;
      } catch {
        size = 0; // a reference outside dist (should not happen for our site)
      }
      gzipCache.set(path, size);
    }
    return size;
  };
  const localPath = (href: string) => join(dist, href.replace(/^\/[^/]*?(?=\/_astro\/)/, '').split(/[?#]/)[0]!);
  const weights: { page: string; total: number; js: number }[] = [];
  for (const file of files.filter((f) => f.endsWith('.html') && !skip(relative(dist, f)))) {
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
      gzipped(localPath(m[1]!)),
    );
    const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => gzipped(localPath(m[1]!)));
    const jsBytes = js.reduce((a, b) => a + b, 0);
    weights.push({
      page: relative(dist, file),
      total: gzipSync(html).length + css.reduce((a, b) => a + b, 0) + jsBytes,
      js: jsBytes,
    });
  }
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a), { page: '', total: 0, js: 0 });
  return {
    pages: weights.length,
    distBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    medianPageGzip: median(weights.map((w) => w.total)),
    largestPageGzip: largest.total,
    largestPage: largest.page,
    maxContentPageJs: Math.max(0, ...weights.filter((w) => !jsAllowed(w.page)).map((w) => w.js)),
  };
}
