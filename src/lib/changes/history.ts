/**
 * The content's own history, for /updates/: which commits changed src/content, when, and the
 * content as it stood at each. Git is asked for hashes and committer dates only, NUL-separated,
 * and each is validated; no commit message, author or other commit text is ever read, so none can
 * reach a page. Each version is read with the content check's loader and schemas, as the change
 * report (`npm run changes`) reads its two sides.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntriesByCollection } from '../catalog/types';
import { loadContent } from '../content/files';
import { CONTENT_FOLDER } from '../../schemas/collections';

/** One commit that changed src/content: its full hash and the day it was committed (YYYY-MM-DD). */
export interface ContentCommit {
  hash: string;
  date: string;
}

/** The content as it stood after one commit. */
export interface ContentVersion extends ContentCommit {
  entries: EntriesByCollection;
}

export interface ContentHistory {
  /** Oldest first. The first is the baseline: only the changes after it are reported. */
  versions: ContentVersion[];
  /**
   * Why the oldest version is not the repository's first change to the content, if it is not: a
   * shallow clone (CI's default checkout) holds only the latest commits; a build reads at most
   * MAX_VERSIONS; or the earlier versions are ones today's schemas cannot read.
   */
  cut: 'shallow' | 'cap' | 'unreadable' | undefined;
}

/** How many versions a build reads at most: each costs a git archive and a content load (0.15–0.4 s). */
export const MAX_VERSIONS = 12;

const HASH = /^[0-9a-f]{40}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
/** No commit of this site's content predates 2000; a committer date in the future is forged or a wrong clock. */
const EARLIEST = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

/**
 * `git log -z --format=%H%x00%cI` output: hash and strict ISO 8601 date, NUL-separated. A pair that
 * is not a 40-hex hash and a real date between 2000 and tomorrow is dropped, so its changes are
 * reported with the next valid version.
 */
export function parseContentCommits(output: string, now = Date.now()): ContentCommit[] {
  const fields = output.split('\0').map((f) => f.replace(/^\n/, ''));
  const commits: ContentCommit[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [hash, when] = [fields[i]!, fields[i + 1]!];
    const day = ISO_DATE_TIME.exec(when)?.[1];
    const time = Date.parse(when);
    if (!HASH.test(hash) || !day || Number.isNaN(time) || time < EARLIEST || time > now + DAY) continue;
    // The calendar day must exist (Date.parse rolls 2026-02-30 over to March).
    if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) continue;
    commits.push({ hash, date: day });
  }
  return commits;
}

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-c', 'log.showSignature=false', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 26,
  });

/** Extracts src/content as it was at `ref` into a temporary folder; returns the folder (the caller removes it). */
export function contentAtRef(ref: string, repo: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'charter-content-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, CONTENT_FOLDER], {
      cwd: repo,
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `cannot read ${CONTENT_FOLDER} at "${ref}": ${(error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message}`,
      { cause: error },
    );
  }
  return dir;
}

/**
 * The last `limit` versions of src/content along the main line of history (first parents: a merged
 * pull request counts once, on the day it was merged). Empty without a repository. A version whose
 * frameworks or costs today's schemas cannot read is left out, so no change is reported against it.
 */
export function readContentHistory(root: string, limit = MAX_VERSIONS): ContentHistory {
  let output: string;
  let shallow: boolean;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    output = git(root, [
      'log',
      '-z',
      '--first-parent',
      '--no-color',
      '--format=%H%x00%cI',
      `--max-count=${limit + 1}`,
      '--',
      CONTENT_FOLDER,
    ]);
  } catch {
    return { versions: [], cut: undefined };
  }
  const commits = parseContentCommits(output);
  // Counted before validation: a dropped commit still means there was history beyond the cap.
  const capped = Math.floor(output.split('\0').length / 2) > limit;
  const versions: ContentVersion[] = [];
  for (const commit of commits.slice(0, limit).reverse()) {
    const dir = contentAtRef(commit.hash, root);
    try {
      const loaded = loadContent(dir);
      const unreadable = [...loaded.broken].some((f) => /^src\/content\/(frameworks|costs)\//.test(f));
      if (!unreadable) versions.push({ ...commit, entries: loaded.entries });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const cut = shallow
    ? 'shallow'
    : capped
      ? 'cap'
      : versions[0] && versions[0].hash !== commits.at(-1)?.hash
        ? 'unreadable'
        : undefined;
  return { versions, cut };
}
