/**
 * Writing an edited entry back into its YAML text by changing only what changed, so a one-field
 * edit is a one-line diff: the file is parsed with `yaml`'s Document API (which knows where every
 * node sits in the text), the new data is compared with it node by node, and only the text of the
 * nodes that differ is replaced. Everything else (comments, folded `>-` text, `[a, b]` lists, key
 * order, blank lines) stays byte for byte. A changed scalar keeps its style (quoted stays quoted,
 * folded stays folded); list items are matched by content first, so adding or removing one item
 * adds or removes only its lines.
 *
 * New text is written as YAML 1.1 would read it back unchanged ("2020-01-01", "yes" and "010" are
 * quoted), because the content check reads files with js-yaml's YAML 1.1 schema.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };
interface Edit {
  from: number;
  to: number;
  text: string;
}

const RENDER = { version: '1.1', lineWidth: 0 } as const;

/** Deep equality of plain data, ignoring key order (the editor may hold keys in another order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const isPlainObject = (value: unknown): value is Record<string, Plain> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export function updateYaml(source: string, data: unknown): string {
  const doc = parseDocument(source);
  // A file the parser cannot read, or one that is not a block map at the top, is written afresh.
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow)
    return new Document(data, RENDER).toString(RENDER);
  if (sameData(doc.toJS(), data)) return source;
  const edits: Edit[] = [];
  const lineStart = (pos: number) => source.lastIndexOf('\n', pos - 1) + 1;
  const column = (pos: number) => pos - lineStart(pos);
  /** The position after the line `pos` is on (its newline included); `pos` itself when it starts a line. */
  const afterLine = (pos: number) => {
    if (pos === 0 || source[pos - 1] === '\n') return pos;
    const newline = source.indexOf('\n', pos);
    return newline === -1 ? source.length : newline + 1;
  };
  /** YAML `text` placed at column `col`: its first line where the cursor is, the rest indented to it. */
  const indented = (text: string, col: number) =>
    text
      .replace(/\n$/, '')
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(col) + line))
      .join('\n');
  const ending = (to: number) => (to === source.length && !source.endsWith('\n') ? '' : '\n');

  /** Replaces a pair's key and value with `key: value` written afresh; a `[a, b]` list stays one. */
  const rewritePair = (pair: Pair, value: unknown, key: string) => {
    const keyNode = pair.key as Node;
    const old = pair.value as Node | null;
    const to = afterLine((old?.range ?? keyNode.range!)[1]);
    const fresh = new Document({ [key]: value }, RENDER);
    const node = fresh.get(key, true);
    const flow = (isMap(old) || isSeq(old)) && old.flow && (isMap(node) || isSeq(node));
    if (flow) node.flow = true;
    // Padded "{ a: 1 }" or not "[a, b]", as the file wrote it.
    const padding = flow ? source[old.range![0] + 1] === ' ' : false;
    edits.push({
      from: keyNode.range![0],
      to,
      text:
        indented(fresh.toString({ ...RENDER, flowCollectionPadding: padding }), column(keyNode.range![0])) + ending(to),
    });
  };

  const scalarText = (old: Scalar, value: unknown, col: number, lineWidth: number) => {
    const scalar = new Scalar(value);
    // A string keeps the style it had; a plain one may become quoted if it must.
    if (typeof value === 'string' && typeof old.value === 'string' && old.type) scalar.type = old.type;
    return indented(new Document({ x: scalar }, RENDER).toString({ ...RENDER, lineWidth }).replace(/^x: /, ''), col);
  };

  /** Edits `node` (the value of a pair or item starting at column `col`) into `value`; false if it cannot in place. */
  function update(node: Node | null, value: unknown, col: number): boolean {
    if (node && sameData(node.toJS(doc), value)) return true;
    if (isScalar(node) && node.value !== null && (value === null || typeof value !== 'object') && node.range) {
      const [from, to] = node.range;
      const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
      // Folded text is folded again at the width its lines had.
      const width = block
        ? Math.max(
            80,
            ...source
              .slice(from, to)
              .split('\n')
              .map((l) => l.length),
          )
        : 0;
      edits.push({ from, to, text: scalarText(node, value, col, width) + (block ? ending(to) : '') });
      return true;
    }
    if (isMap(node) && !node.flow && node.items.length && isPlainObject(value)) return updateMap(node, value);
    if (isSeq(node) && !node.flow && node.items.length && Array.isArray(value) && value.length)
      return updateSeq(node, value);
    return false;
  }

  function updateMap(map: YAMLMap, value: Record<string, Plain>): boolean {
    const pairs = map.items as Pair<Scalar, Node | null>[];
    const keyOf = (pair: Pair<Scalar, Node | null>) => String(pair.key.value);
    const col = column(pairs[0]!.key.range![0]);
    const wanted = Object.keys(value).filter((k) => value[k] !== undefined);
    const removed = pairs.filter((pair) => !wanted.includes(keyOf(pair)));
    // A map left with no keys is written afresh.
    if (removed.length === pairs.length) return false;
    let removedUntil = 0;
    for (const pair of removed) {
      const i = pairs.indexOf(pair);
      const start = pair.key.range![0];
      if (start < removedUntil) continue;
      if (source.slice(lineStart(start), start).trim() === '') {
        const later = pairs[i + 1];
        edits.push({
          from: lineStart(start),
          to: later ? lineStart(later.key.range![0]) : afterLine((pair.value ?? pair.key).range![1]),
          text: '',
        });
      } else {
        // The first key on a "- " line: the next key kept moves up onto that line.
        const next = pairs.slice(i + 1).find((p) => !removed.includes(p))!;
        removedUntil = next.key.range![0];
        edits.push({ from: start, to: removedUntil, text: '' });
      }
    }
    for (const key of wanted) {
      const pair = pairs.find((p) => keyOf(p) === key);
      if (pair) {
        if (!update(pair.value, value[key], col)) rewritePair(pair, value[key], key);
        continue;
      }
      // A new key goes after the key before it in the editor's order that the file has, or first.
      const before = wanted
        .slice(0, wanted.indexOf(key))
        .reverse()
        .map((k) => pairs.find((p) => keyOf(p) === k))
        .find((p) => p && !removed.includes(p));
      const text = new Document({ [key]: value[key] }, RENDER).toString(RENDER);
      if (before) {
        const at = afterLine((before.value ?? before.key).range![1]);
        const after = pairs[pairs.indexOf(before) + 1];
        const pos = after ? lineStart(after.key.range![0]) : at;
        edits.push({
          from: pos,
          to: pos,
          text:
            (pos === source.length && !source.endsWith('\n') ? '\n' : '') +
            ' '.repeat(col) +
            indented(text, col) +
            '\n',
        });
      } else {
        const first = pairs[0]!.key.range![0];
        edits.push({ from: first, to: first, text: indented(text, col) + '\n' + ' '.repeat(col) });
      }
    }
    return true;
  }

  function updateSeq(seq: YAMLSeq, value: Plain[]): boolean {
    const items = seq.items as Node[];
    const dash = (item: Node) => source.lastIndexOf('-', item.range![0] - 1);
    const col = column(dash(items[0]!));
    if (items.some((item) => source.slice(lineStart(dash(item)), dash(item)).trim() !== '')) return false;
    const old = items.map((item) => item.toJS(doc) as unknown);
    // Longest common subsequence of equal items: those stay untouched.
    const n = old.length;
    const m = value.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i]![j] = sameData(old[i], value[j]) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    const span = (i: number) =>
      [
        lineStart(dash(items[i]!)),
        i + 1 < n ? lineStart(dash(items[i + 1]!)) : afterLine(items[i]!.range![1]),
      ] as const;
    const itemText = (v: unknown) => ' '.repeat(col) + indented(new Document([v], RENDER).toString(RENDER), col) + '\n';
    let i = 0;
    let j = 0;
    let gapOld: number[] = [];
    let gapNew: number[] = [];
    // Between equal items, old and new items pair up in order (an edited item); the rest are removed or added.
    const flush = () => {
      const pairs = Math.min(gapOld.length, gapNew.length);
      for (let k = 0; k < pairs; k++) {
        const item = items[gapOld[k]!]!;
        if (!update(item, value[gapNew[k]!], col + 2)) {
          const [from, to] = span(gapOld[k]!);
          edits.push({ from, to, text: itemText(value[gapNew[k]!]) });
        }
      }
      for (const o of gapOld.slice(pairs)) {
        const [from, to] = span(o);
        edits.push({ from, to, text: '' });
      }
      if (gapNew.length > pairs) {
        // Added items go after the last old item before them, or before the next one.
        const at = gapOld.length ? span(gapOld.at(-1)!)[1] : i > 0 ? span(i - 1)[1] : span(0)[0];
        const text = gapNew
          .slice(pairs)
          .map((v) => itemText(value[v]))
          .join('');
        edits.push({ from: at, to: at, text: (at === source.length && !source.endsWith('\n') ? '\n' : '') + text });
      }
      gapOld = [];
      gapNew = [];
    };
    while (i < n || j < m) {
      if (i < n && j < m && sameData(old[i], value[j])) {
        flush();
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) gapNew.push(j++);
      else gapOld.push(i++);
    }
    flush();
    return true;
  }

  if (!isPlainObject(data) || !updateMap(doc.contents, data)) return new Document(data, RENDER).toString(RENDER);
  // Edits never overlap (each is inside one node the others leave alone); applied from the end.
  // Two insertions at one place (a nested map's new last key, then its parent's) keep the order
  // they were made in: the one applied last ends up first.
  let text = source;
  const order = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => b.edit.from - a.edit.from || b.edit.to - a.edit.to || b.i - a.i);
  for (const { edit } of order) text = text.slice(0, edit.from) + edit.text + text.slice(edit.to);
  return text;
}

/** An MDX file: its YAML front matter between `---` lines, and the page text after them. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: '', body: text };
}

export function updateFrontMatter(source: string, data: Record<string, unknown>): string {
  const { body = '', ...facts } = data as { body?: string };
  const yaml = splitFrontMatter(source).yaml;
  return `---\n${yaml.trim() ? updateYaml(yaml, facts) : new Document(facts, RENDER).toString(RENDER)}---\n${body}`;
}
