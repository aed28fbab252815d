/** Runs the content check (src/lib/check/check.ts) with one extra action-plan file in a copy of the frozen content. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { copyOfContent } from './content';

/**
 * The errors `npm run check` reports once `yaml` is saved as src/content/action-plans/<fileName>
 * and, as the file's opening comment asks, a copy of the plan is added at its source.file.
 */
export function checkExportedPlan(fileName: string, yaml: string): string[] {
  const copy = copyOfContent(undefined, 'charter-plan-');
  try {
    writeFileSync(join(copy, 'src/content/action-plans', fileName), yaml);
    const sourceFile = /^source:\n(?: {2}.*\n)*? {2}file: "(sources\/[^"]+)"/m.exec(yaml)?.[1];
    if (sourceFile) writeFileSync(join(copy, sourceFile), 'The plan as published.\n');
    return checkContent(copy)
      .filter((p) => p.severity === 'error')
      .map(formatProblem);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
