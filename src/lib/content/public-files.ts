/**
 * What public/ may hold. Astro copies public/ into the site as it is, so a file there is published on
 * the site's own origin: HTML, script or SVG would run with the site's rights (and read the
 * self-assessment's saved answers), `_redirects` or `_headers` would be read by the host as rules for
 * every page, and a file with a page's address would replace the page. So public/ is an allow-list:
 * the icons and robots.txt by name, and raster images (PNG, JPEG, GIF, WebP, AVIF, checked by their
 * first bytes, not only their names) directly inside the image folders, among them the content
 * editor's media folder (public/uploads, src/lib/cms/config.ts). Enforced by `npm run check` and,
 * through src/integrations/public-files.ts, when any build or dev server starts.
 */
import { closeSync, lstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problem-format';
import { toSlug } from '../../schemas/patterns';

export const PUBLIC_FOLDER = 'public';

/** Folders of public/ that hold images, and nothing else; the first is the content editor's media folder. */
export const IMAGE_FOLDERS = ['uploads', 'images'] as const;

/** Files public/ may hold at its top level. */
const TOP_LEVEL_FILES = ['favicon.ico', 'favicon.png', 'apple-touch-icon.png', 'robots.txt'];

/** The raster image types, by extension, each with how its file starts (a `.` matches any byte). */
const RASTER_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  png: ['\x89PNG\r\n\x1a\n'],
  jpg: ['\xff\xd8\xff'],
  jpeg: ['\xff\xd8\xff'],
  gif: ['GIF87a', 'GIF89a'],
  webp: ['RIFF....WEBP'],
  avif: ['....ftypavif', '....ftypavis'],
};
const ICON_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  ico: ['\x00\x00\x01\x00'],
  png: RASTER_SIGNATURES.png!,
};

/** A folder's or file's name in a published path, before any type: lower-case letters and digits, "-" or "_" between. */
export const PUBLIC_NAME_PART = '[a-z0-9]+(?:[-_][a-z0-9]+)*';
/** A published file name: one name part, one dot before the type. */
const PUBLIC_NAME = new RegExp(`^${PUBLIC_NAME_PART}\\.[a-z0-9]+$`);

/** The image types public/ may hold, by file type, and in words. */
export const RASTER_TYPES = Object.keys(RASTER_SIGNATURES);
export const IMAGE_TYPES = 'PNG, JPEG, GIF, WebP or AVIF';
const WHAT_PUBLIC_HOLDS = `public/ holds only ${IMAGE_TYPES} images directly inside ${IMAGE_FOLDERS.map((f) => `public/${f}/`).join(' or ')}, and ${TOP_LEVEL_FILES.join(', ')}`;

/** Why a type is refused, for the types a reader would ask about. */
const ACTIVE_TYPES: Readonly<Record<string, string>> = {
  html: 'an HTML page',
  htm: 'an HTML page',
  xhtml: 'an HTML page',
  shtml: 'an HTML page',
  js: 'a script',
  mjs: 'a script',
  cjs: 'a script',
  wasm: 'a program',
  svg: 'an SVG image, which can hold script,',
  xml: 'an XML file, which can hold script,',
  xsl: 'an XSL stylesheet, which can hold script,',
};

/** A name the allow-list accepts for a file called `name` (e.g. "Logo 1.PNG" → "logo-1.png"). */
function acceptedName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = toSlug(dot > 0 ? name.slice(0, dot) : name);
  const type = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return `${stem || 'image'}.${Object.hasOwn(RASTER_SIGNATURES, type) ? type : 'png'}`;
}

/** True if the file at `absolute` starts as one of `signatures` says. */
function startsAs(absolute: string, signatures: readonly string[]): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(absolute, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.subarray(0, read).toString('latin1');
  return signatures.some((s) => s.length <= text.length && [...s].every((c, i) => c === '.' || c === text[i]));
}

/**
 * Why the entry `path` of public/ (relative to public/, `/` between folders) may not be published,
 * or undefined when it may. `absolute` is where it is on disk.
 */
export function publicEntryProblem(path: string, absolute: string): string | undefined {
  const parts = path.split('/');
  const name = parts.at(-1)!;
  if (parts.length > 1) {
    // Checked for a file named directly (an image in content), whose folder the walk has not seen.
    const folder = publicEntryProblem(parts[0]!, join(absolute, ...parts.slice(1).map(() => '..')));
    if (folder) return folder;
    if (parts.length > 2)
      return `public/${parts[0]}/ has no sub-folders; put the image directly inside public/${parts[0]}/`;
  }
  const stat = lstatSync(absolute);
  if (stat.isSymbolicLink())
    return 'a symbolic link is not allowed in public/ (it could publish any file on the machine that builds the site); put the file itself here';
  if (name.startsWith('.'))
    return `a file or folder whose name starts with "." is not allowed in public/: it is hidden from most listings, yet a host may publish it or read it as its own settings (as .htaccess or .well-known); ${WHAT_PUBLIC_HOLDS}`;
  if (parts.length === 1 && (name === '_redirects' || name === '_headers')) {
    return `Netlify and Cloudflare Pages read public/${name} as ${name === '_redirects' ? 'redirects' : 'response headers'} for every page of the site (the build writes the site's own _headers), so it is not allowed; ${WHAT_PUBLIC_HOLDS}`;
  }
  const folder = parts.length > 1 ? parts[0]! : undefined;
  if (stat.isDirectory()) {
    if (parts.length === 1 && (IMAGE_FOLDERS as readonly string[]).includes(name)) return undefined;
    return parts.length === 1
      ? `public/ has no folder "${name}", so nothing in it may be published; ${WHAT_PUBLIC_HOLDS}`
      : `public/${folder}/ has no sub-folders; put the image directly inside public/${folder}/`;
  }
  if (!stat.isFile()) return 'only ordinary files are allowed in public/';
  const type = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const active = ACTIVE_TYPES[type];
  if (active)
    return `${active} in public/ would be served from the site's own address and could run script with its rights (and read the self-assessment's saved answers), so it is not allowed; ${WHAT_PUBLIC_HOLDS}`;
  if (folder === undefined) {
    if (!TOP_LEVEL_FILES.includes(name))
      return `"${name}" is not one of the files public/ may hold at its top level; ${WHAT_PUBLIC_HOLDS}`;
    const signatures = ICON_SIGNATURES[type];
    if (signatures && !startsAs(absolute, signatures))
      return `the file's content is not ${type === 'ico' ? 'an ICO icon' : 'a PNG image'}, though its name says so; replace it with a real ${type.toUpperCase()} file`;
    return undefined;
  }
  const signatures = RASTER_SIGNATURES[type];
  if (!signatures)
    return `public/${folder}/ holds only ${IMAGE_TYPES} images (.png, .jpg, .jpeg, .gif, .webp, .avif); this file would be published as it is`;
  if (!PUBLIC_NAME.test(name))
    return `a file name in public/ uses only lower-case letters a-z, digits, "-" and "_", then its type (e.g. "${acceptedName(name)}"), because the name is its address`;
  if (!startsAs(absolute, signatures))
    return `the file's content is not a ${type.toUpperCase()} image, though its name says so; a browser could read it as something else, so replace it with a real ${type.toUpperCase()} file`;
  return undefined;
}

/** Every published file of public/ (relative to public/), each entry refused by publicEntryProblem reported instead. */
export function publicFiles(root: string): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const walk = (relative: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, PUBLIC_FOLDER, relative)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = relative ? `${relative}/${name}` : name;
      const absolute = join(root, PUBLIC_FOLDER, path);
      const message = publicEntryProblem(path, absolute);
      if (message)
        problems.push({
          file: `${PUBLIC_FOLDER}/${path}`,
          line: 1,
          column: 1,
          path: 'file',
          message,
          severity: 'error',
        });
      else if (lstatSync(absolute).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return { files, problems };
}

/** Addresses the build writes besides the pages of the route table: a public file there would replace or shadow them. */
const GENERATED = [
  /^_headers$/,
  /^_redirects$/,
  /^_astro\//,
  /^admin\//,
  /^pagefind\//,
  /^sitemap[^/]*$/,
  /^404\.html$/,
];

/**
 * Each file of `files` (relative to public/) that would take the address of a generated page or
 * file: one of `pages` (site paths, e.g. /frameworks/x/ or /updates/feed.xml) or what GENERATED lists.
 */
export function publicCollisions(files: readonly string[], pages: Iterable<string>): ContentProblem[] {
  const taken = new Set<string>();
  for (const page of pages) {
    // A page /a/b/ is the file a/b/index.html; any public file at a/b or under a/b/ meets it.
    const path = page.replace(/^\/+/, '');
    taken.add(path.endsWith('/') ? `${path}index.html` : path);
  }
  return files
    .filter(
      (file) =>
        GENERATED.some((g) => g.test(file)) || taken.has(file) || [...taken].some((t) => t.startsWith(`${file}/`)),
    )
    .map((file) => ({
      file: `${PUBLIC_FOLDER}/${file}`,
      line: 1,
      column: 1,
      path: 'file',
      message: `the build writes its own /${file} (a page, feed, download or the site's own files), which this file would replace or hide; rename or remove it`,
      severity: 'error' as const,
    }));
}
