/**
 * Provenance that is true: every `source.file` an entry cites must be a file kept in sources/,
 * so no page says a copy is kept with the site's content when it is not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleProblem } from './rules';
import type { EntriesByCollection, Entry } from '../catalog/types';

interface WithSource { source?: { file?: string | undefined } | undefined }

export function missingSourceFiles(entries: EntriesByCollection, root: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const list of Object.values(entries) as Entry<WithSource>[][]) {
    for (const entry of list) {
      const file = entry.data?.source?.file;
      if (file === undefined || existsSync(join(root, file))) continue;
      problems.push({
        file: entry.filePath ?? entry.id,
        path: 'source.file',
        message: `"${file}" is not in the repository; add the document's text as ${file}, or cite it by url with the date it was retrieved instead`,
        severity: 'error',
      });
    }
  }
  return problems;
}
