/**
 * A throw-away copy of the whole project (its packages linked) for tests that must build a
 * site from content the real repository does not have, e.g. a second edition or hostile MDX.
 * Its content is the tests' frozen tree (tests/fixtures/content), not the live src/content and
 * sources/, so the edits' exact texts and the lines tests expect never depend on a publisher's edit.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { FROZEN, ROOT } from './content';
import { applyEdits, type Edit } from './fixtures';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);

export function projectCopyWith(edits: Edit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-site-'));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  useFrozenContent(root);
  linkPackages(root);
  applyEdits(root, edits);
  return root;
}

const SKIP_WITH_TESTS = new Set(['node_modules', 'dist', '.astro', '.git', 'tests/artifacts']);

/**
 * A copy of the project with its tests (for running a test file on changed content), its content the
 * frozen tree unless `live`; the caller removes it.
 */
export function projectWithTestsCopy(options: { live?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'charter-mutant-'));
  cpSync(ROOT, root, {
    recursive: true,
    filter: (src) => ![...SKIP_WITH_TESTS].some((skip) => `${relative(ROOT, src)}/`.startsWith(`${skip}/`)),
  });
  linkPackages(root);
  if (!options.live) useFrozenContent(root);
  return root;
}

/** Runs test files of the fast project in a copy; returns the full names of the tests that failed. */
export function failingTests(root: string, ...files: string[]): string[] {
  const report = join(root, 'report.json');
  const { output } = exec(
    root,
    'vitest',
    ['run', '--project', 'fast', ...files, '--reporter=json', `--outputFile=${report}`],
    {},
    480_000,
  );
  if (!existsSync(report)) throw new Error(`vitest wrote no report in the copy:\n${output}`);
  const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: { assertionResults: { fullName: string; status: string }[] }[];
  };
  const results = testResults.flatMap((f) => f.assertionResults);
  if (results.length === 0) throw new Error(`${files.join(' ')} ran no tests in the copy:\n${output}`);
  return results
    .filter((r) => r.status === 'failed')
    .map((r) => r.fullName)
    .sort();
}

/** Replaces a project copy's src/content/ and sources/ with the tests' frozen tree. */
export function useFrozenContent(root: string): void {
  for (const tree of ['src/content', 'sources']) {
    rmSync(join(root, tree), { recursive: true, force: true });
    cpSync(join(FROZEN, tree), join(root, tree), { recursive: true });
  }
}

/**
 * Links this checkout's installed packages into a copy one by one, not as the whole folder: Astro
 * keeps its cache in node_modules/.astro (the content layer's data store) and Vite in
 * node_modules/.vite, and builds of different copies running at the same time must not share them
 * (a shared data store let one copy's content appear in another's build).
 */
export function linkPackages(root: string): void {
  const packages = join(root, 'node_modules');
  mkdirSync(packages);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.bin' || !name.startsWith('.'))
      symlinkSync(join(ROOT, 'node_modules', name), join(packages, name), 'dir');
  }
}

/**
 * This process's environment without what Vitest put into it (its import.meta.env values: BASE_URL,
 * MODE, NODE_ENV=test…), which a build or dev server must not inherit (BASE_URL=/ would override the
 * configured base).
 */
export const astroEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|VITE_|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(k),
    ),
  );

export interface Run {
  status: number | null;
  /** Everything the command printed, standard output then standard error. */
  output: string;
}

/**
 * What to start for `name` in `cwd`: npm itself for 'npm' (an npm script: `['run', 'check']`), else
 * the package's own command (`astro`, `vitest`) run directly rather than through `npm exec`, which
 * costs most of a second each time. This process's Node comes first on the PATH (the project's pinned
 * Node, which a command's `#!/usr/bin/env node` line then finds); vitest's own environment is left out.
 */
function command(cwd: string, name: string, env: Record<string, string>) {
  const inherited = astroEnv();
  return {
    file: name === 'npm' ? 'npm' : join(cwd, 'node_modules/.bin', name),
    env: { ...inherited, PATH: `${dirname(process.execPath)}${delimiter}${inherited.PATH ?? ''}`, ...env },
  };
}

/** Runs npm or a package's command (see `command`) in `cwd` and waits for it. */
export function exec(
  cwd: string,
  name: string,
  args: string[],
  env: Record<string, string> = {},
  timeout = 240_000,
): Run {
  const { file, env: fullEnv } = command(cwd, name, env);
  const result = spawnSync(file, args, { cwd, encoding: 'utf8', env: fullEnv, timeout });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs npm or a package's command (see `command`) in `cwd` without blocking this process. */
export function execInBackground(
  cwd: string,
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const { file, env: fullEnv } = command(cwd, name, env);
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd, env: fullEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}
