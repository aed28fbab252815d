/**
 * `npm run check`: validates all content without building the site, and reports every problem
 * at once as `file:line:column field: message`. Exit code 1 when there is an error.
 */
import { fileURLToPath } from 'node:url';
import { buildCatalog, CatalogError, type Catalog } from '../src/lib/catalog/catalog';
import { contentRules } from '../src/lib/content/rules';
import { loadContent, type ContentProblem } from '../src/lib/content/files';
import { mismatchSentence, priceListTotals } from '../src/lib/costs/totals';
import { formatProblem } from '../src/lib/content/problem-format';

export { formatProblem };
import { missingSourceFiles } from '../src/lib/content/source-files';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A reference problem caused by a file that failed its own checks ("x" is not a known framework,
 * because x.mdx has a schema error) is left out: the broken file is reported once, in its own right.
 */
function causedByBroken(message: string, broken: Set<string>): boolean {
  for (const file of broken) {
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    if (message.includes(file) || message.includes(`"${id}"`) || message.includes(`"${id}/`) || message.includes(`/${id}/`)) return true;
  }
  return false;
}

export function checkContent(rootDir: string): ContentProblem[] {
  const { entries, problems, files, broken } = loadContent(rootDir);
  const locate = (p: { file: string; path: string }) =>
    files.get(p.file)?.locate(p.path.split(/\.|\[|\]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
  const fail = (step: string, error: unknown) =>
    problems.push({ file: 'src/content', path: '(check)', message: `${step} stopped: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' });
  // References are checked among the files that passed their schema, so a schema error in one
  // file does not hide the broken references of the others.
  let catalog: Catalog | undefined;
  try {
    catalog = buildCatalog(entries);
    for (const entry of catalog.costsByFramework.values()) {
      entry.data.priceLists.forEach((list, i) => {
        const sentence = mismatchSentence(priceListTotals(list));
        if (sentence) {
          const where = files.get(entry.filePath!)?.locate(['priceLists', i, 'publishedTotal']);
          problems.push({ file: entry.filePath!, line: where?.line, column: where?.column, path: `priceLists[${i}].publishedTotal`, message: `${sentence} The page shows both totals.`, severity: 'warning' });
        }
      });
    }
  } catch (error) {
    if (!(error instanceof CatalogError)) fail('checking references', error);
    else {
      for (const p of error.problems) {
        if (causedByBroken(p.message, broken)) continue;
        const where = locate(p);
        problems.push({ ...p, line: where?.line, column: where?.column, severity: 'error' });
      }
    }
  }
  try {
    for (const p of [...contentRules(entries, files, catalog), ...missingSourceFiles(entries, rootDir)]) {
      if (causedByBroken(p.message, broken)) continue;
      const where = p.line === undefined ? locate(p) : p;
      problems.push({ ...p, line: where?.line, column: where?.column });
    }
  } catch (error) {
    fail('checking content rules', error);
  }
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  let problems: ContentProblem[];
  try {
    problems = checkContent(root);
  } catch (error) {
    // Never a stack trace: whatever went wrong is one line, and the check fails.
    problems = [{ file: 'src/content', path: '(check)', message: `the check stopped: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }];
  }
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`\nContent check: ${errors} error(s), ${warnings} warning(s) in ${seconds}s.`);
  process.exit(errors > 0 ? 1 : 0);
}
