/**
 * Broken-content fixtures (tests/fixtures/check/*.yaml): each names one mistake a publisher could
 * make, the edits that make it in a copy of src/content, and the exact lines the check must print.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { copyOfContent, ROOT } from './content';

export interface Edit {
  file: string;
  /** Text that must occur exactly once in the file, and what replaces it. */
  replace?: string;
  with?: string;
  /** Create `file` as a copy of this file (then apply replace/with to the copy). */
  copy?: string;
  /** Create or overwrite `file` with this text (repeated `repeat` times), making its folder if needed. */
  write?: string;
  /** How many times `write`'s text, or else `with`'s, is repeated (for content too long to spell out). */
  repeat?: number;
  /** Make `file` a symbolic link to this file (relative to `file`'s folder). */
  symlink?: string;
  delete?: boolean;
}

export interface Fixture {
  name: string;
  mistake: string;
  edits: Edit[];
  expect: string[];
}

export const FIXTURES_DIR = join(ROOT, 'tests/fixtures/check');

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -5),
      ...(parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')) as Omit<Fixture, 'name'>),
    }));
}

/** Applies edits to files under `root`; throws if a replacement does not match exactly once. */
export function applyEdits(root: string, edits: Edit[]): void {
  for (const edit of edits) {
    const path = join(root, edit.file);
    if (edit.delete) {
      rmSync(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    if (edit.symlink !== undefined) {
      symlinkSync(edit.symlink, path);
      continue;
    }
    let text =
      edit.write !== undefined
        ? edit.write.repeat(edit.repeat ?? 1)
        : readFileSync(join(root, edit.copy ?? edit.file), 'utf8');
    if (edit.replace !== undefined) {
      const count = text.split(edit.replace).length - 1;
      if (count !== 1)
        throw new Error(`${edit.file}: expected "${edit.replace.slice(0, 60)}" exactly once, found it ${count} times`);
      text = text.replace(edit.replace, () =>
        (edit.with ?? '').repeat(edit.write === undefined ? (edit.repeat ?? 1) : 1),
      );
    }
    writeFileSync(path, text);
  }
}

/**
 * A temporary copy of a content tree (the frozen one, tests/fixtures/content, unless given) with
 * `edits` applied: src/content and sources/ and nothing else.
 */
export function contentCopyWith(edits: Edit[], from?: string): string {
  const root = copyOfContent(from, 'charter-fixture-');
  try {
    applyEdits(root, edits);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return root;
}

/**
 * A temporary copy of the frozen content with one file changed by `edit` (which must change it);
 * removed by the caller with `rmSync`. For tests that break one thing and run the content check.
 */
export function contentEdited(file: string, edit: (text: string) => string): string {
  const root = copyOfContent();
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit left ${file} unchanged`);
  writeFileSync(path, after);
  return root;
}
