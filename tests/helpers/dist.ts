/** Reads pages of the built site (dist/) with a real HTML parser. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from './content';

export const DIST = join(ROOT, 'dist');

export function page(path: string): HTMLElement {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`dist has no page for ${path} (looked for ${file}); run npm run build first`);
  return parse(readFileSync(file, 'utf8'));
}

/** The visible text of an element with whitespace collapsed. */
export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
