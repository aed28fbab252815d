/** Runs the content check (scripts/check.ts) with one extra action-plan file in a copy of src/content. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, formatProblem } from '../../scripts/check';
import { ROOT } from './content';

/** The errors `npm run check` reports once `yaml` is saved as src/content/action-plans/<fileName>. */
export function checkExportedPlan(fileName: string, yaml: string): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'charter-plan-'));
  try {
    cpSync(join(ROOT, 'src/content'), join(copy, 'src/content'), { recursive: true });
    writeFileSync(join(copy, 'src/content/action-plans', fileName), yaml);
    return checkContent(copy).filter((p) => p.severity === 'error').map(formatProblem);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
