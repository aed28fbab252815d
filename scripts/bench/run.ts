/**
 * `npm run bench`: builds the site at 1×, 10× and 100× content in temporary copies, builds the same
 * pages with two peers as baselines (Astro Starlight, and Eleventy with the x-govuk GOV.UK plugin),
 * times a rebuild after one standard's title changes (what a pull-request preview costs), and prints
 * a table of figures. Nothing is asserted: the README records the latest table and the targets it is
 * read against.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContent } from './generate';
import { measureSearch } from './search';
import { linkPackages } from '../../tests/helpers/site-copy';
import { measureSite, type SiteWeight } from './measure';
import { installEleventy, writeEleventySite } from './eleventy';
import { installStarlight, writeStarlightSite } from './starlight';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);

interface Timed {
  seconds: number;
  peakMemoryMB: number;
  output: string;
}

/** Runs a command under GNU time to get wall-clock seconds and peak memory (the largest process in the tree). */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timed {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(output)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)![1]);
  return { seconds, peakMemoryMB: Math.round(peakKb / 1024), output };
}

/** A copy of the project (sources, content, code) using this checkout's installed packages. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'charter-bench-'));
  for (const name of ['src', 'sources', 'scripts', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  linkPackages(dir);
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
  /** Seconds for `astro build` again after one standard's title changed. */
  rebuildSeconds: number;
  /**
   * Of those, the seconds spent rendering pages: all that Astro's experimental incremental build
   * could skip (it reuses unchanged pages' output, nothing else), so the most it could save.
   */
  rebuildRenderSeconds: number;
  starlight?: Peer;
  eleventy?: Peer;
}

interface Peer {
  seconds: number;
  peakMemoryMB: number;
  pages: number;
  medianPageGzip: number;
}

/** Changes the title of the first standard in one framework file, as a publisher's pull request would. */
function changeOneStandardTitle(dir: string): string {
  const folder = join(dir, 'src/content/frameworks');
  const file = join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0]!,
  );
  const text = readFileSync(file, 'utf8');
  const standards = text.indexOf('standards:');
  const title = text.indexOf('title: ', standards) + 'title: '.length;
  const at = /['"]/.test(text[title]!) ? title + 1 : title;
  writeFileSync(file, `${text.slice(0, at)}Changed ${text.slice(at)}`);
  return file;
}

function buildPeer(dir: string, command: string, args: string[], pagesBuilt: (output: string) => number): Peer {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const build = timed(command, args, dir);
  const weight = measureSite(join(dir, 'dist'), () => true);
  return {
    seconds: build.seconds,
    peakMemoryMB: build.peakMemoryMB,
    pages: pagesBuilt(build.output) || weight.pages,
    medianPageGzip: weight.medianPageGzip,
  };
}

async function benchScale(scale: number, peers: Peers): Promise<Row> {
  const dir = projectCopy();
  try {
    if (scale > 1) generateContent(dir, scale);
    const check = timed(bin('tsx'), ['scripts/check.ts'], dir);
    // `astro build` runs the search indexer in its build:done hook, which logs its own time.
    const build = timed(bin('astro'), ['build'], dir);
    const pagefindSeconds = Number(/Indexed \d+ pages for search into .* in ([\d.]+)s/.exec(build.output)?.[1] ?? 0);
    // The content editor (/admin/, Decap CMS, 1.5 MB of script) is a publishers' tool, not a page readers load.
    const weight = measureSite(
      join(dir, 'dist'),
      (page) => /^(search|frameworks\/[^/]+\/self-assessment)\//.test(page),
      (page) => page.startsWith('admin/'),
    );
    const search = await measureSearch(join(dir, 'dist'), '/', [['induction', 'caring responsibilities']]);
    const firstSearch = search.find((m) => m.when === 'cold')!;
    changeOneStandardTitle(dir);
    const rebuild = timed(bin('astro'), ['build'], dir);
    const row: Row = {
      scale,
      checkSeconds: check.seconds,
      astroSeconds: build.seconds - pagefindSeconds,
      pagefindSeconds,
      peakMemoryMB: build.peakMemoryMB,
      weight,
      firstSearchBytes: firstSearch.transfer.searchGzip,
      firstSearchMs: firstSearch.ms,
      rebuildSeconds: rebuild.seconds,
      rebuildRenderSeconds: Number(
        /generating static routes[\s\S]*?Completed in ([\d.]+)s/.exec(rebuild.output)?.[1] ?? NaN,
      ),
    };
    if (peers.starlight) {
      writeStarlightSite(peers.starlight, join(dir, 'dist'));
      row.starlight = buildPeer(peers.starlight, join(peers.starlight, 'node_modules/.bin/astro'), ['build'], (out) =>
        Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? 0),
      );
    }
    if (peers.eleventy) {
      writeEleventySite(peers.eleventy, join(dir, 'dist'));
      row.eleventy = buildPeer(peers.eleventy, join(peers.eleventy, 'node_modules/.bin/eleventy'), [], (out) =>
        Number(/Wrote (\d+) files/.exec(out)?.[1] ?? 0),
      );
    }
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Peers {
  starlight?: string;
  eleventy?: string;
}

/** Each peer installed into its own temporary folder; BENCH_PEERS=eleventy (or starlight, or none) picks which. */
function installPeers(): Peers {
  const wanted = (process.env.BENCH_PEERS ?? 'starlight,eleventy').split(',');
  return {
    ...(wanted.includes('starlight') && { starlight: installStarlight(ROOT) }),
    ...(wanted.includes('eleventy') && { eleventy: installEleventy() }),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const FIRST_SEARCH_TARGET = 120 * 1024;

function printTable(rows: Row[]) {
  const header = [
    'scale',
    'pages',
    'dist',
    'check s',
    'astro s',
    'pagefind s',
    'rebuild after 1 change s (rendering s)',
    'peak MB',
    'median page',
    'largest page',
    'JS/content page',
    'first search (target ≤ 120 KB)',
    'Starlight s (pages)',
    'ratio to Starlight',
    'Eleventy s (pages)',
    'ratio to Eleventy',
    'median page Starlight / Eleventy',
  ];
  const peer = (p: Peer | undefined) => (p ? `${p.seconds.toFixed(1)} (${p.pages})` : 'n/a');
  const ratio = (ours: number, p: Peer | undefined) => (p ? (ours / p.seconds).toFixed(2) : 'n/a');
  const lines = rows.map((r) => {
    const ours = r.astroSeconds + r.pagefindSeconds;
    return [
      `${r.scale}×`,
      String(r.weight.pages),
      mb(r.weight.distBytes),
      r.checkSeconds.toFixed(2),
      r.astroSeconds.toFixed(1),
      r.pagefindSeconds.toFixed(1),
      `${r.rebuildSeconds.toFixed(1)} (${r.rebuildRenderSeconds.toFixed(1)})`,
      String(r.peakMemoryMB),
      kb(r.weight.medianPageGzip),
      kb(r.weight.largestPageGzip),
      `${r.weight.maxContentPageJs} B`,
      `${kb(r.firstSearchBytes)} ${r.firstSearchBytes <= FIRST_SEARCH_TARGET ? '(met)' : '(NOT met)'}, ${r.firstSearchMs.toFixed(0)} ms`,
      peer(r.starlight),
      ratio(ours, r.starlight),
      peer(r.eleventy),
      ratio(ours, r.eleventy),
      `${r.starlight ? kb(r.starlight.medianPageGzip) : 'n/a'} / ${r.eleventy ? kb(r.eleventy.medianPageGzip) : 'n/a'}`,
    ];
  });
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  const ten = rows.find((r) => r.scale === 10);
  const hundred = rows.find((r) => r.scale === 100);
  if (ten && hundred) {
    const timeRatio = (hundred.astroSeconds + hundred.pagefindSeconds) / (ten.astroSeconds + ten.pagefindSeconds);
    const pageRatio = hundred.weight.pages / ten.weight.pages;
    console.log(
      `\nGrowth 10× → 100×: pages ×${pageRatio.toFixed(1)}, build time ×${timeRatio.toFixed(1)} (${timeRatio <= pageRatio ? 'no worse than linear' : 'WORSE than linear'}).`,
    );
  }
  for (const r of rows) console.log(`Largest page at ${r.scale}×: ${r.weight.largestPage}`);
  console.log(
    `\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} memory, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  );
}

const peers = installPeers();
const rows: Row[] = [];
try {
  for (const scale of SCALES) {
    console.error(`benchmarking ${scale}×…`);
    rows.push(await benchScale(scale, peers));
  }
} finally {
  for (const dir of Object.values(peers)) rmSync(dir, { recursive: true, force: true });
}
printTable(rows);
