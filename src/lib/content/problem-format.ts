/**
 * How a content problem is printed, by `npm run check` and by the build's MDX safety plugin alike:
 * `error: file:line:column field: message`.
 */
/** A problem found in content, as the check and the build's MDX safety plugin report it. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path, e.g. themes[1].standards[8].number, or `body` for an MDX body. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${p.severity === 'warning' ? 'warning' : 'error'}: ${where} ${p.path}: ${p.message}`;
}

/** A value quoted in a message, cut at 60 characters. */
export const quoted = (value: string) => `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
