/**
 * A throw-away copy of the whole project (node_modules symlinked) for tests that must build a
 * site from content the real repository does not have, e.g. a second edition or hostile MDX.
 */
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './content';
import { applyEdits, type Edit } from './fixtures';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);

export function projectCopyWith(edits: Edit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-site-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  applyEdits(root, edits);
  return root;
}

/**
 * This process's environment without what Vitest put into it (its import.meta.env values: BASE_URL,
 * MODE, NODE_ENV=test…), which a build or dev server must not inherit (BASE_URL=/ would override the
 * configured base).
 */
export const astroEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(k)));

/** Runs an npm script (or npx command) in `cwd`; returns exit status and everything printed. */
export function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...astroEnv(), ...env }, timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
