/**
 * `npm run check`: validates all content without building the site, and reports every problem
 * at once as `file:line:column field: message`. Exit code 1 when there is an error.
 */
import { fileURLToPath } from 'node:url';
import { buildCatalog, CatalogError, type Catalog } from '../src/lib/catalog';
import { contentRules } from '../src/lib/content-rules';
import { loadContent, type ContentProblem } from '../src/lib/content-files';
import { mismatchSentence, priceListTotals } from '../src/lib/costs';
import { missingSourceFiles } from '../src/lib/source-files';

const root = fileURLToPath(new URL('..', import.meta.url));

export function checkContent(rootDir: string): ContentProblem[] {
  const { entries, problems, files } = loadContent(rootDir);
  const locate = (p: { file: string; path: string }) =>
    files.get(p.file)?.locate(p.path.split(/\.|\[|\]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
  // References are only checked once every file has passed its schema, so one broken file
  // does not also show up as a missing reference everywhere it is used.
  let catalog: Catalog | undefined;
  if (problems.length === 0) {
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
      if (!(error instanceof CatalogError)) throw error;
      for (const p of error.problems) {
        const where = locate(p);
        problems.push({ ...p, line: where?.line, column: where?.column, severity: 'error' });
      }
    }
  }
  for (const p of [...contentRules(entries, files, catalog), ...missingSourceFiles(entries, rootDir)]) {
    const where = p.line === undefined ? locate(p) : p;
    problems.push({ ...p, line: where?.line, column: where?.column });
  }
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${p.severity === 'warning' ? 'warning' : 'error'}: ${where} ${p.path}: ${p.message}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const problems = checkContent(root);
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`\nContent check: ${errors} error(s), ${warnings} warning(s) in ${seconds}s.`);
  process.exit(errors > 0 ? 1 : 0);
}
