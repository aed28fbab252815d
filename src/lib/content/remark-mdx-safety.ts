/**
 * The MDX allow-list (./mdx-safety) as a remark plugin, registered in astro.config.mjs, so Astro's
 * own MDX pipeline refuses hostile content: a plain `astro build` (a host's default command) and
 * every save during `astro dev`, not only `npm run check`. It runs on the tree @mdx-js/mdx parsed,
 * before anything is compiled; Astro blanks the front matter keeping its lines, so positions are
 * the file's own and the message is the check's, word for word.
 */
import { relative, sep } from 'node:path';
import type { Node } from 'unist';
import { mdxSafetyReport } from './mdx-safety';
import { forbiddenCharacterAt } from '../../schemas/characters';
import { formatProblem } from './problem-format';

export class MdxSafetyError extends Error {
  override name = 'MdxSafetyError';
}

export default function remarkMdxSafety() {
  return (tree: Node, file: { path?: string; value?: unknown }) => {
    // Characters too (src/schemas/characters.ts), for astro dev, which compiles a saved file even when its loader refused it.
    // Astro runs in the project's folder, whose public/ holds the images content may show.
    const character = forbiddenCharacterAt(String(file.value ?? ''), true);
    const problems = character ? [character] : mdxSafetyReport(tree, process.cwd()).problems;
    if (problems.length === 0) return;
    const path = file.path ? relative(process.cwd(), file.path).split(sep).join('/') : '<unknown file>';
    const lines = problems.map((p) =>
      formatProblem({
        file: path,
        line: p.line,
        column: p.column,
        path: 'body',
        message: p.message,
        severity: 'error',
      }),
    );
    // Thrown, not file.message(): a warning would let the page build with the content in it.
    const error = new MdxSafetyError(
      `${lines.join('\n')}\nThe content is refused: see CONTRIBUTING.md, "What you may put in the introduction".`,
    );
    // No stack trace: Astro prints one when an error has it, and ours would only point at this plugin.
    Object.assign(error, { line: problems[0]!.line, column: problems[0]!.column, stack: '' });
    throw error;
  };
}
