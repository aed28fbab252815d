/** The lines one text adds to and removes from another (the diff a pull request's reviewer reads). */
import { diffLines } from 'diff';

export function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const parts = diffLines(before, after);
  const lines = (kind: 'added' | 'removed') =>
    parts.filter((p) => p[kind]).flatMap((p) => p.value.replace(/\n$/, '').split('\n'));
  return { added: lines('added'), removed: lines('removed') };
}
