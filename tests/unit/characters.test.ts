/**
 * The character rule (src/schemas/characters.ts) on its own: what it refuses, what it lets through,
 * and that files written with Windows line endings (CRLF) still pass the check, the YAML reader
 * turning CRLF into newlines and the MDX body keeping them as line endings.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, looksEmpty } from '../../src/schemas/characters';
import { shortText } from '../../src/schemas/common';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { FROZEN } from '../helpers/content';
import { contentCopyWith } from '../helpers/fixtures';

describe('the character rule', () => {
  it.each([
    ['\u0000', 'U+0000 NULL'],
    ['\r', 'U+000D CARRIAGE RETURN'],
    ['\u000c', 'U+000C FORM FEED'],
    ['\u001b', 'U+001B ESCAPE'],
    ['\u007f', 'U+007F DELETE'],
    ['\u0085', 'U+0085 NEXT LINE'],
    ['\u009b', 'U+009B C1 CONTROL'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
    ['\u202a', 'U+202A LEFT-TO-RIGHT EMBEDDING'],
    ['\u202e', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE'],
    ['\u2069', 'U+2069 POP DIRECTIONAL ISOLATE'],
    ['\ud800', 'U+D800 LONE SURROGATE'],
    ['\uffff', 'U+FFFF NONCHARACTER'],
  ])('refuses %j, naming it %s at its place', (character, named) => {
    const found = forbiddenCharacter(`East ${character}Midlands`);
    expect(found?.index).toBe(5);
    expect(found?.message).toMatch(new RegExp(`^contains ${named.replace('+', '\\+')}[ ,]`));
  });

  it('lets ordinary text through: tabs, newlines, other scripts, emoji sequences, marks, a CRLF line ending in a body', () => {
    for (const text of ['a\tb\nc', 'ال ميثاق', 'Ŵelsh', 'e\u0301', '👩‍👩‍👧', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '𝔸', 'Charter\u00a0Plus', 'a\u200eb']) {
      expect(forbiddenCharacter(text), text).toBeUndefined();
    }
    expect(forbiddenCharacter('line\r\nnext', true)).toBeUndefined();
    expect(forbiddenCharacter('line\rnext', true)?.message).toMatch(/^contains U\+000D CARRIAGE RETURN on its own/);
  });

  it('calls text empty when only invisible characters remain, and a title of them is refused', () => {
    for (const text of ['', ' ', '\u200b\u200c\u200d', '\ufeff', '\u2060', '\u00ad', ' \u200e '])
      expect(looksEmpty(text), JSON.stringify(text)).toBe(true);
    expect(looksEmpty('a\u200b')).toBe(false);
    expect(shortText.safeParse('\u200b\u200b').error?.issues[0]?.message).toMatch(
      /^the title or name is empty \(it holds only invisible characters/,
    );
    expect(shortText.safeParse('Induction').success).toBe(true);
  });
});

describe('files with Windows line endings (CRLF)', () => {
  it('pass the check as they do with newlines', () => {
    const files = [
      'src/content/frameworks/east-midlands.mdx',
      'src/content/costs/west-midlands.yaml',
      'src/content/strategies/derbyshire-2020-21.yaml',
    ];
    const root = contentCopyWith([]);
    try {
      for (const file of files)
        writeFileSync(join(root, file), readFileSync(join(FROZEN, file), 'utf8').replace(/\n/g, '\r\n'));
      expect(readFileSync(join(root, files[0]!), 'utf8')).toContain('\r\n');
      const baseline = checkContent(FROZEN).map(formatProblem);
      expect(checkContent(root).map(formatProblem)).toEqual(baseline);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
