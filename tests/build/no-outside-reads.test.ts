/**
 * No test reads outside the repository: where a workflow checks out the repository alone, nothing
 * beside it exists. Two guards: no test, source or script names a path that climbs out of the
 * repository (joined onto its root, or a relative path that resolves above it); and the content check's tests, the check fixtures and the content
 * tests, run under strace (where the machine has it), open and look up nothing outside the
 * repository and their temporary folder but the system's own (/proc, /usr …), and look up no more
 * than the folders above the repository (which resolving a path does; opening one is reading it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const REPO = ROOT.replace(/\/$/, '');
const CODE = ['src', 'scripts', 'tests'];
/** Where the runtime itself reads: the kernel's files, libraries, certificates, time zones. */
const SYSTEM = ['/proc/', '/sys/', '/dev/', '/etc/', '/usr/', '/lib/', '/lib64/', '/bin/', '/run/'];
const STRACE = ['/usr/bin/strace', '/bin/strace'].find(existsSync);

/** The folders above the repository: looked up (stat) when a path is resolved, never opened. */
const ancestors = (path: string): string[] => (path === '/' ? ['/'] : [path, ...ancestors(dirname(path))]);

describe('no test reads outside the repository', () => {
  it('no code names a path that climbs out of the repository', () => {
    // A parent folder joined onto the repository's root, its working folder or a file's own place.
    const joinedAbove = /(ROOT|REPO|process\.cwd\(\)|import\.meta\.(dirname|url))\s*,\s*['"`]\.\.['"`/]/;
    /** A relative path in `line` that, taken from the file's folder, lands outside the repository. */
    const relativeAbove = (line: string, folder: string) =>
      [...line.matchAll(/['"`](\.\.\/[^'"`]*)['"`]/g)].some(([, relative]) => {
        const target = resolve(folder, relative!);
        return target !== REPO && !target.startsWith(REPO + sep);
      });
    const found = CODE.flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && /\.(ts|mjs|js|astro)$/.test(d.name) && !d.parentPath.includes(`${sep}fixtures`))
        .flatMap((d) => {
          const path = join(d.parentPath, d.name);
          return readFileSync(path, 'utf8')
            .split('\n')
            .flatMap((line, i) =>
              (joinedAbove.test(line) || relativeAbove(line, d.parentPath)) && path !== import.meta.filename
                ? [`${path.slice(ROOT.length)}:${i + 1}: ${line.trim()}`]
                : [],
            );
        }),
    );
    expect(found).toEqual([]);
  });

  const work = mkdtempSync(join(tmpdir(), 'charter-reads-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.runIf(STRACE)(
    'the check, its fixtures and the content tests open nothing outside it (strace)',
    () => {
      const trace = join(work, 'trace');
      const vitest = join(ROOT, 'node_modules/.bin/vitest');
      const files = ['tests/content/', 'tests/unit/check.test.ts', 'tests/unit/check-fixtures.test.ts'];
      const calls = 'open,openat,openat2,stat,lstat,statx,newfstatat,access,faccessat,faccessat2,readlink,execve';
      const run = spawnSync(
        STRACE!,
        [
          '-f',
          '-qq',
          '-e',
          `trace=${calls}`,
          '-e',
          'status=successful',
          '-o',
          trace,
          vitest,
          'run',
          '--project',
          'fast',
          ...files,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: work },
          timeout: 300_000,
        },
      );
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      const above = new Set(ancestors(REPO));
      const outside = new Set(
        [...readFileSync(trace, 'utf8').matchAll(/^\d+ +(\w+)\([^"\n]*"(\/[^"]*)"/gm)]
          .filter(([, call, path]) => !(above.has(path!) && !/^(open|execve)/.test(call!)))
          .map(([, call, path]) => `${call} ${path}`)
          .filter((line) => {
            const path = `${line.slice(line.indexOf(' ') + 1)}/`;
            return (
              !path.startsWith(`${REPO}/`) && !path.startsWith(`${work}/`) && !SYSTEM.some((s) => path.startsWith(s))
            );
          }),
      );
      expect([...outside].sort()).toEqual([]);
      // The trace saw the run: the content tests read the sources through the repository's own path.
      expect(execFileSync('grep', ['-c', `${REPO}/sources/`, trace], { encoding: 'utf8' }).trim()).not.toBe('0');
    },
    320_000,
  );
});
