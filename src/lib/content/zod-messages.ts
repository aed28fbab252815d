/** A zod issue in publishers' words: what the file holds, and what was expected instead. */
import type { z } from 'astro/zod';

/** The value at `path` inside `data`, for quoting what was found in an error message. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Object.is(value, -0)) return '-0'; // JSON would write 0
  // JSON would print both as null, which is not what the file says.
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (YAML\'s "not a number")';
  if (value === Infinity || value === -Infinity) return `${value < 0 ? '-' : ''}.inf (YAML's infinity)`;
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Turns a zod issue into one plain-English line: what was found, what was expected. */
export function explainIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `this field is required (expected ${issue.expected})`;
      // YAML reads an unquoted 2.10 as the number 2.1: the fix is quotes, not a different value.
      // Astro's YAML reader turns an unquoted 2021-03-04 into a date, and 2009-06-31 into 1 July.
      if (issue.expected === 'string' && found instanceof Date) {
        return 'expected text, found a date without quotes, which YAML reads as a date (and moves an impossible day such as 2009-06-31 on to the next month); put it in quotes exactly as written, e.g. "2021-03-04"';
      }
      // A whole number's own rule says why it must be whole ("due dates are worked out from it").
      if (issue.expected === 'int' && typeof found === 'number') {
        return `${/^Invalid input/.test(issue.message) ? 'expected a whole number' : issue.message} (found ${describe(found)})`;
      }
      // A schema that says how to write a bare value where a mapping or list belongs (a date) is heard.
      if ((issue.expected === 'object' || issue.expected === 'array') && !/^Invalid input/.test(issue.message)) {
        return `found ${describe(found)}; ${issue.message}`;
      }
      if (issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) {
        return `expected text, found ${describe(found)}; put the value in quotes exactly as written (e.g. "2.10"), or YAML reads it as a ${typeof found}`;
      }
      return `expected ${issue.expected}, found ${describe(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the documented fields`;
    case 'invalid_value':
      return `found ${describe(found)}; expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return `found ${describe(found)}, which is not in any accepted form`;
    default:
      return found !== undefined && typeof found !== 'object'
        ? `${issue.message} (found ${describe(found)})`
        : issue.message;
  }
}

/** One issue per unknown field, at the field itself, so each misspelling is reported on its own line. */
export function eachUnknownKey(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}
