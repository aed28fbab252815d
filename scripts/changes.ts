/**
 * `npm run changes -- <base-ref>`: what changed in each framework between a git ref (e.g.
 * origin/main) and the working tree, as Markdown for a pull request. Both sides are read with the
 * content check's loader and schemas; nothing is parsed any other way.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareContent } from '../src/lib/changes/changes';
import { changesToMarkdown, newEntries } from '../src/lib/changes/change-report';
import { contentAtRef as contentAt } from '../src/lib/changes/history';
import { loadContent } from '../src/lib/content/files';

const root = fileURLToPath(new URL('..', import.meta.url));

/** src/lib/changes/history.ts's contentAtRef, from this repository unless another is named. */
export const contentAtRef = (ref: string, repo = root): string => contentAt(ref, repo);

export function changeReport(baseRoot: string, headRoot: string, heading?: string): string {
  const before = loadContent(baseRoot);
  const after = loadContent(headRoot);
  let report = changesToMarkdown(compareContent(before.entries, after.entries), heading);
  const added = newEntries(before.entries, after.entries);
  if (added.length) report += `\n## New entries\n\n${added.map((line) => `- ${line}`).join('\n')}\n`;
  if (after.problems.some((p) => p.severity === 'error')) {
    report += `\n> **The content check finds problems in this pull request**; files with errors are left out of this report. Run \`npm run check\` to see them.\n`;
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ref = process.argv[2];
  if (!ref) {
    console.error('usage: npm run changes -- <base-ref>   (e.g. npm run changes -- origin/main)');
    process.exit(2);
  }
  try {
    const base = contentAtRef(ref);
    try {
      process.stdout.write(changeReport(base, root, `Framework changes since ${ref}`));
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
