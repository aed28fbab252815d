/**
 * npm run bench:search [-- --dist <folder>] [-- --base /sub/]: what a first search costs a visitor
 * on a built site (default dist/; run `npm run build` first). See scripts/bench/search.ts.
 * Figures are printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearch } from './bench/search';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const dist = resolve(values.dist!);
if (!existsSync(resolve(dist, 'pagefind/pagefind.js'))) {
  console.error(`${dist} has no search index; run npm run build first.`);
  process.exit(1);
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const rows: string[][] = [
  ['query', 'when', 'ms to results', 'search bytes (gzip est.)', 'all bytes (gzip est.)', 'requests', 'results'],
];
for (const m of await measureSearch(dist, values.base!)) {
  rows.push([
    m.query,
    m.when,
    m.ms.toFixed(0),
    `${kB(m.transfer.search)} (${kB(m.transfer.searchGzip)})`,
    `${kB(m.transfer.bytes)} (${kB(m.transfer.gzip)})`,
    String(m.transfer.requests),
    String(m.results),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`Search benchmark on ${dist} (served at ${values.base})`);
for (const row of rows)
  console.log(
    row.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
