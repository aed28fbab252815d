/**
 * The site's security policy for browsers, in one place: the Content-Security-Policy meta tag every
 * page carries (Base.astro, RedirectPage.astro), the `_headers` file written into dist/ for static
 * hosts that read it (Netlify, Cloudflare Pages; src/integrations/security-headers.ts), and the
 * headers `astro dev` sends, so a preview of a hostile pull request cannot run script either.
 *
 * Only this site's own files may load: no inline script or style, nothing from another origin.
 * Exceptions are per path (PATH_POLICIES): a section that needs more adds it there.
 */

/** A Content-Security-Policy as directive → sources. */
export type Policy = Record<string, readonly string[]>;

export const BASE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Sources added for one section of the site (a site path, without the base, ending in /; it covers
 * every page under it). Sections must not nest: each page gets exactly one policy.
 */
export const PATH_POLICIES: readonly { section: string; why: string; add: Policy }[] = [
  // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows no script text.
  { section: '/search/', why: 'Pagefind runs WebAssembly', add: { 'script-src': ["'wasm-unsafe-eval'"] } },
  // Pagefind's web worker (pagefind-worker.js) runs under its own response's policy, not the page's.
  { section: '/pagefind/', why: "Pagefind's worker runs WebAssembly", add: { 'script-src': ["'wasm-unsafe-eval'"] } },
  // The content editor (Decap CMS, src/pages/admin/): Decap's prebuilt decap-cms.js and its chunks
  // load from /admin/decap/ on this site ('self'); still nothing loads from another origin.
  {
    section: '/admin/',
    why: 'the content editor (Decap CMS) compiles validators, styles itself inline and talks to GitHub',
    add: {
      // Decap validates its configuration and entries with ajv, which compiles validators with new Function().
      'script-src': ["'unsafe-eval'"],
      // Decap's React components style themselves with emotion, which inserts <style> elements.
      'style-src': ["'unsafe-inline'"],
      // Images in the editor: this site's own, and pictures (avatars) from GitHub once signed in.
      'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
      // GitHub's API for the GitHub backend; decap-server on this machine for `npm run cms`.
      'connect-src': ["'self'", 'https://api.github.com', 'http://localhost:*', 'http://127.0.0.1:*'],
      // No frame-src: the preview pane is an iframe the page writes itself (srcdoc), which inherits
      // this policy; default-src 'self' covers any other frame.
    },
  },
];

/** Directives a meta tag cannot carry (browsers ignore them there): sent only as a header. */
const HEADER_ONLY: Policy = { 'frame-ancestors': ["'none'"] };

/** Headers every response gets besides the Content-Security-Policy. */
export const OTHER_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** The section policy that covers `sitePath` (a path without the base), if any. */
export const sectionOf = (sitePath: string) => PATH_POLICIES.find((p) => sitePath.startsWith(p.section));

function merge(...policies: Policy[]): Policy {
  const merged: Record<string, string[]> = {};
  for (const policy of policies)
    for (const [directive, sources] of Object.entries(policy)) (merged[directive] ??= []).push(...sources);
  return merged;
}

const serialise = (policy: Policy) =>
  Object.entries(policy)
    .map(([d, sources]) => [d, ...sources].join(' '))
    .join('; ');

/**
 * The Content-Security-Policy for the page at `sitePath` (without the base): `meta` leaves out the
 * header-only directives; `dev` lets Vite's client inject styles (it adds <style> elements) but keeps
 * script exactly as strict.
 */
export function contentSecurityPolicy(sitePath: string, form: 'meta' | 'header' | 'dev'): string {
  const policies = [BASE_POLICY, sectionOf(sitePath)?.add ?? {}];
  if (form !== 'meta') policies.push(HEADER_ONLY);
  if (form === 'dev') policies.push({ 'style-src': ["'unsafe-inline'"] });
  return serialise(merge(...policies));
}

/** The meta-tag policy for the page at `pathname` (with the base), for Base.astro and RedirectPage.astro. */
export const pageContentSecurityPolicy = (pathname: string, base: string) =>
  contentSecurityPolicy(withoutBase(pathname, base), 'meta');

/** `path` without the site's base path (e.g. /charters/search/ → /search/ under BASE=/charters/). */
export function withoutBase(path: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** A top-level entry of the built site: a folder (a section of pages) or a file at the root. */
export interface TopLevelEntry {
  name: string;
  directory: boolean;
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages format). Those hosts send the headers of every
 * rule that matches, and two Content-Security-Policy headers are both enforced, so the CSP is never on
 * rules that overlap: one rule per top-level folder (`/frameworks/*`) or root file (`/404.html`), and
 * the home page (`/`, `/index.html`); the headers that are the same everywhere go on `/*`.
 */
export function headersFile(entries: readonly TopLevelEntry[], base: string): string {
  const prefix = base.replace(/\/$/, '');
  const block = (pattern: string, headers: Record<string, string>) =>
    [`${prefix}${pattern}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const csp = (sitePath: string) => ({ 'Content-Security-Policy': contentSecurityPolicy(sitePath, 'header') });
  const blocks = [block('/*', OTHER_HEADERS), block('/', csp('/')), block('/index.html', csp('/'))];
  for (const { name, directory } of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (name === 'index.html' || name === '_headers') continue;
    blocks.push(directory ? block(`/${name}/*`, csp(`/${name}/`)) : block(`/${name}`, csp(`/${name}`)));
  }
  return `${blocks.join('\n\n')}\n`;
}
