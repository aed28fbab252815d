/**
 * Where an image in content may come from. Astro turns a Markdown image whose address is neither a
 * URL nor a path from the site's root (`![c](x.js)`, `![c](../../sources/x.js)`, `![c](#/../x.js)`,
 * the same through a reference `![c][r]`) into a module import, so the file it names would run while
 * the site builds. So an image is an https:// address, or a path from the site's root to a raster
 * image that public/ holds and may publish (./public-files), written plainly: no "..", "#", "?",
 * "%" or "\". Used by the MDX allow-list (./mdx-safety), and so by the check and the build alike.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { quoted } from './problem-format';
import {
  IMAGE_FOLDERS,
  IMAGE_TYPES,
  PUBLIC_FOLDER,
  PUBLIC_NAME_PART,
  RASTER_TYPES,
  publicEntryProblem,
} from './public-files';

/** A site path to an image in public/: names public/ may publish, one dot before a raster type. */
const SITE_IMAGE = new RegExp(`^/(?:${PUBLIC_NAME_PART}/)*${PUBLIC_NAME_PART}\\.(?:${RASTER_TYPES.join('|')})$`);

const IMAGE_RULE = `an image is an https:// address or a path from the site's root to a ${IMAGE_TYPES} file in public/ (e.g. /${IMAGE_FOLDERS[0]}/logo.png for public/${IMAGE_FOLDERS[0]}/logo.png), written without "..", "#", "?", "%" or "\\"`;

/**
 * Why `url` may not be an image's address in content under the project `root`, or undefined when it
 * may. Read as the browser and Astro read it: spaces and control characters around it ignored.
 */
export function imageAddressProblem(url: string, root: string): string | undefined {
  const address = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // A remote address is never imported (Astro imports remote images only for configured domains, and none is).
  if (/^https:\/\/[^/\\\s]/i.test(address) && !/[\u0000-\u0020\\]/.test(address)) return undefined;
  if (!SITE_IMAGE.test(address)) return `the image address ${quoted(url)} is not allowed: ${IMAGE_RULE}`;
  const file = `${PUBLIC_FOLDER}${address}`;
  const absolute = join(root, file);
  if (!lstatSync(absolute, { throwIfNoEntry: false }))
    return `the image ${quoted(url)} would be ${file}, which is not in the repository; add the image there or remove it`;
  const unpublished = publicEntryProblem(address.slice(1), absolute);
  if (unpublished) return `the image ${quoted(url)} is ${file}, which the site does not publish: ${unpublished}`;
  return undefined;
}
