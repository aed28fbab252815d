/** Where a field is in a content file: a field path ("themes[0].standards[2].title") as a line and column. */
import type { LineCounter, Node as YamlNode } from 'yaml';
import { isMap, isSeq } from 'yaml';

/** A field path as the check prints it: `themes[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The YAML node at `path` below `root` (a document's contents), or the nearest one above it that exists. */
export function nodeAt(root: unknown, path: (string | number)[]): YamlNode | undefined {
  let node: unknown = root;
  let found: YamlNode | undefined = node as YamlNode;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      found = (pair.value ?? pair.key) as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      found = item;
      node = item;
    } else break;
  }
  return found;
}

/** The line and column (from 1) of the YAML node at `path`, or of the nearest one above it. */
export function fieldPosition(
  root: unknown,
  lineCounter: LineCounter,
  path: (string | number)[],
): { line: number; column: number } | undefined {
  const offset = nodeAt(root, path)?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
