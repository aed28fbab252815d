/**
 * `npm run bench`: builds the site at 1×, 10× and 100× content in temporary copies, builds the same
 * pages with Astro Starlight as a baseline, and prints a table of figures. Nothing is asserted:
 * the README records the latest table and the targets it is read against.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContent } from './generate';
import { measureSearch } from './search';
import { measureSite, type SiteWeight } from './measure';
import { writeStarlightSite } from './starlight';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);

interface Timed {
  seconds: number;
  peakMemoryMB: number;
  output: string;
}

/** Runs a command under GNU time to get wall-clock seconds and peak memory (the largest process in the tree). */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timed {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(output)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)![1]);
  return { seconds, peakMemoryMB: Math.round(peakKb / 1024), output };
}

/** A copy of the project (sources, content, code) sharing this checkout's node_modules. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'charter-bench-'));
  for (const name of ['src', 'sources', 'scripts', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

interface Row {
  scale: number;
  checkSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  peakMemoryMB: number;
  weight: SiteWeight;
  /** Search files a visitor downloads (gzip) for a first search, and the time to its results. */
  firstSearchBytes: number;
  firstSearchMs: number;
  starlight?: { seconds: number; peakMemoryMB: number; pages: number };
}

async function benchScale(scale: number, starlightDir: string | undefined): Promise<Row> {
  const dir = projectCopy();
  try {
    if (scale > 1) generateContent(dir, scale);
    const check = timed(bin('tsx'), ['scripts/check.ts'], dir);
    // `astro build` runs the search indexer in its build:done hook, which logs its own time.
    const build = timed(bin('astro'), ['build'], dir);
    const pagefindSeconds = Number(/Indexed \d+ pages for search into .* in ([\d.]+)s/.exec(build.output)?.[1] ?? 0);
    const weight = measureSite(join(dir, 'dist'), (page) => /^(search|frameworks\/[^/]+\/self-assessment)\//.test(page));
    const search = await measureSearch(join(dir, 'dist'), '/', [['induction', 'caring responsibilities']]);
    const firstSearch = search.find((m) => m.when === 'cold')!;
    const row: Row = {
      scale,
      checkSeconds: check.seconds,
      astroSeconds: build.seconds - pagefindSeconds,
      pagefindSeconds,
      peakMemoryMB: build.peakMemoryMB,
      weight,
      firstSearchBytes: firstSearch.transfer.searchGzip,
      firstSearchMs: firstSearch.ms,
    };
    if (starlightDir) {
      writeStarlightSite(starlightDir, join(dir, 'dist'));
      rmSync(join(starlightDir, 'dist'), { recursive: true, force: true });
      const sl = timed(join(starlightDir, 'node_modules/.bin/astro'), ['build'], starlightDir);
      const pages = Number(/(\d+) page\(s\) built/.exec(sl.output)?.[1] ?? 0);
      row.starlight = { seconds: sl.seconds, peakMemoryMB: sl.peakMemoryMB, pages };
    }
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Installs Astro Starlight into a temporary folder (not a project dependency), with this project's Astro version. */
function installStarlight(): string | undefined {
  if (process.env.BENCH_SKIP_STARLIGHT) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'charter-starlight-'));
  const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest', node: '24' } }, null, 2));
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing Starlight failed:\n${install.stderr}`);
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  return dir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function printTable(rows: Row[]) {
  const header = ['scale', 'pages', 'check s', 'astro s', 'pagefind s', 'peak MB', 'dist', 'median page', 'largest page', 'JS/content page', 'first search', 'Starlight s (pages)', 'ratio'];
  const lines = rows.map((r) => {
    const ours = r.astroSeconds + r.pagefindSeconds;
    return [
      `${r.scale}×`, String(r.weight.pages), r.checkSeconds.toFixed(2), r.astroSeconds.toFixed(1), r.pagefindSeconds.toFixed(1), String(r.peakMemoryMB),
      mb(r.weight.distBytes), kb(r.weight.medianPageGzip), `${kb(r.weight.largestPageGzip)}`, `${r.weight.maxContentPageJs} B`,
      `${kb(r.firstSearchBytes)}, ${r.firstSearchMs.toFixed(0)} ms`,
      r.starlight ? `${r.starlight.seconds.toFixed(1)} (${r.starlight.pages})` : 'n/a',
      r.starlight ? (ours / r.starlight.seconds).toFixed(2) : 'n/a',
    ];
  });
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  const ten = rows.find((r) => r.scale === 10);
  const hundred = rows.find((r) => r.scale === 100);
  if (ten && hundred) {
    const timeRatio = (hundred.astroSeconds + hundred.pagefindSeconds) / (ten.astroSeconds + ten.pagefindSeconds);
    const pageRatio = hundred.weight.pages / ten.weight.pages;
    console.log(`\nGrowth 10× → 100×: pages ×${pageRatio.toFixed(1)}, build time ×${timeRatio.toFixed(1)} (${timeRatio <= pageRatio ? 'no worse than linear' : 'WORSE than linear'}).`);
  }
  for (const r of rows) console.log(`Largest page at ${r.scale}×: ${r.weight.largestPage}`);
  console.log(`\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);
}

const starlight = installStarlight();
const rows: Row[] = [];
for (const scale of SCALES) {
  console.error(`benchmarking ${scale}×…`);
  rows.push(await benchScale(scale, starlight));
}
if (starlight) rmSync(starlight, { recursive: true, force: true });
printTable(rows);
