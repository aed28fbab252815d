/**
 * Characters content may not contain, in any field or in an MDX body: one rule, used by the text
 * schemas (./common), by the reader of every content file (every string it holds, before any
 * schema) and by the MDX body check. Dependency-free.
 *
 * Refused: C0 and C1 control characters other than tab and newline (a carriage return only as part
 * of a CRLF line ending in a body; YAML turns those into newlines), which split CSV rows and
 * calendar lines and make the RSS feed malformed XML; U+2028/U+2029, which some programs read as
 * line breaks and others do not; bidi embeddings, overrides and isolates, which make text display
 * in an order other than the one stored (a title that reads differently from what it says); and
 * lone surrogates and U+FFFE/U+FFFF, which are not characters at all.
 */

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const NAMED: Readonly<Record<number, string>> = {
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfffe: 'NONCHARACTER',
  0xffff: 'NONCHARACTER',
};

const CONTROL = "a control character, which does not display and can break the site's downloads and feeds; remove it";

/** Why the character with code point `cp` is refused, or undefined when it is allowed. */
function refusal(cp: number): { name: string; why: string } | undefined {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a ? undefined : { name: C0_NAMES[cp]!, why: CONTROL };
  if (cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) return { name: NAMED[cp] ?? 'C1 CONTROL', why: CONTROL };
  if (cp === 0x2028 || cp === 0x2029)
    return {
      name: NAMED[cp]!,
      why: 'which some programs read as a line break and others do not; use an ordinary line break instead',
    };
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
    return {
      name: NAMED[cp]!,
      why: 'which can make text display in a different order from how it is stored; remove it',
    };
  }
  if (cp === 0xfffe || cp === 0xffff) return { name: NAMED[cp]!, why: 'which is not a character; remove it' };
  if (cp >= 0xd800 && cp <= 0xdfff)
    return { name: 'LONE SURROGATE', why: 'half of a character whose other half is missing; remove it' };
  return undefined;
}

// Everything refusal() may refuse, so text without any is passed over in one test.
const SUSPECT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/u;

export interface ForbiddenCharacter {
  /** Offset of the character in the text (UTF-16 code units). */
  index: number;
  /** What it is and why it is refused, e.g. `contains U+202E RIGHT-TO-LEFT OVERRIDE, which can make … stored; remove it`. */
  message: string;
}

/**
 * The first character of `value` content may not hold, or undefined. `allowCrlf`: a carriage
 * return directly before a newline is a line ending (an MDX body written on Windows).
 */
export function forbiddenCharacter(value: string, allowCrlf = false): ForbiddenCharacter | undefined {
  if (!SUSPECT.test(value)) return undefined;
  for (let index = 0; index < value.length; index++) {
    const cp = value.codePointAt(index)!;
    if (cp > 0xffff) {
      index++; // a whole surrogate pair: an ordinary character beyond the first plane
      continue;
    }
    if (cp === 0x0d && allowCrlf && value[index + 1] === '\n') continue;
    const why = refusal(cp);
    if (why) {
      const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      const lone = cp === 0x0d && allowCrlf ? ' on its own (not before a line break)' : '';
      return { index, message: `contains ${code} ${why.name}${lone}, ${why.why}` };
    }
  }
  return undefined;
}

/**
 * Characters that show nothing by themselves: white space, and the default-ignorable ones (zero-width
 * space and joiners, U+FEFF, U+2060 WORD JOINER, the soft hyphen, direction marks, variation
 * selectors …). Text made only of these looks empty on the page.
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/** True if `value` would show nothing: empty, or only spaces and invisible characters. */
export const looksEmpty = (value: string): boolean => value.replace(INVISIBLE, '') === '';

/** Where in `text` its first refused character is (1-based line and column), and why. */
export function forbiddenCharacterAt(
  text: string,
  allowCrlf = false,
): { line: number; column: number; message: string } | undefined {
  const found = forbiddenCharacter(text, allowCrlf);
  if (!found) return undefined;
  const before = text.slice(0, found.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: found.index - lineStart + 1, message: found.message };
}
