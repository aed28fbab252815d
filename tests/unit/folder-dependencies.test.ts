/**
 * Folders depend one way (README, "How the code is laid out"): pages, layouts, components -> check -> site -> domain
 * folders -> content -> catalog -> schemas, with common/ (addresses, tables) a leaf the domain
 * folders and all above them may use. The graph is read from the import statements in src/, one node per folder (src/lib/<name> or
 * src/<name>), so a new wrong-way import or a loop between folders fails here, naming the file that
 * made it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

const SRC = join(ROOT, 'src');

const DOMAIN = [
  'action-plans',
  'changes',
  'cms',
  'costs',
  'crosswalk',
  'register',
  'search',
  'self-assessment',
  'strategies',
];
const LIB = (...names: string[]) => names.map((n) => `lib/${n}`);
const BELOW_DOMAINS = [...LIB('content', 'catalog', 'common'), 'schemas'];

/** What each folder may import. A domain folder imports another only where plainly built on it, never both ways. */
const MAY_IMPORT: Record<string, string[]> = {
  schemas: [],
  'lib/common': [],
  'lib/catalog': ['schemas'],
  // Reading content files, the MDX allow-list and the reference checks.
  'lib/content': [...LIB('catalog'), 'schemas'],
  'lib/action-plans': BELOW_DOMAINS,
  'lib/costs': BELOW_DOMAINS,
  'lib/crosswalk': BELOW_DOMAINS,
  'lib/register': BELOW_DOMAINS,
  'lib/strategies': BELOW_DOMAINS,
  // The change report compares prices; search indexes the crosswalk.
  'lib/changes': [...LIB('costs'), ...BELOW_DOMAINS],
  'lib/search': [...LIB('crosswalk'), ...BELOW_DOMAINS],
  'lib/self-assessment': BELOW_DOMAINS,
  // The CMS configuration describes the content's fields, with the crosswalk's and the costs' wording.
  'lib/cms': [...LIB('costs', 'crosswalk'), ...BELOW_DOMAINS],
  'lib/site': [...LIB(...DOMAIN), ...BELOW_DOMAINS],
  // The content check knows every page the site builds (for links and public/ collisions) and the price totals.
  'lib/check': [...LIB('site', 'costs'), ...BELOW_DOMAINS],
  // The search index and the security headers at build and dev time.
  integrations: [...LIB('site', 'search'), ...BELOW_DOMAINS],
  'content.config.ts': BELOW_DOMAINS,
  browser: [...LIB(...DOMAIN), ...BELOW_DOMAINS, 'styles'],
  // Components and pages load the browser scripts.
  components: ['browser', ...LIB('site', ...DOMAIN), ...BELOW_DOMAINS, 'styles'],
  layouts: ['components', ...LIB('site', ...DOMAIN), ...BELOW_DOMAINS, 'styles'],
  pages: ['layouts', 'components', 'browser', ...LIB('site', ...DOMAIN), ...BELOW_DOMAINS, 'styles'],
};

const folderOf = (file: string): string => {
  const [top, sub] = relative(SRC, file).split('/');
  return top === 'lib' ? `lib/${sub}` : top!;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|mjs|astro)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Folder -> folder -> the files (and specifiers) that import across. Only relative imports within src/ count. */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"](\.[^'"]*)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (relative(SRC, target).startsWith('..')) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${relative(SRC, file)} imports ${m[1]}`]);
    }
  }
  return graph;
}

describe('folders depend one way', () => {
  const graph = folderGraph();
  const edges = [...graph].flatMap(([from, tos]) => [...tos].map(([to, why]) => ({ from, to, why })));

  it('reads the imports of every folder', () => {
    expect(graph.get('pages')?.has('components')).toBe(true);
    expect(graph.get('lib/crosswalk')?.has('lib/catalog')).toBe(true);
  });

  it('imports only in the allowed direction', () => {
    const wrong = edges
      .filter(({ from, to }) => !(MAY_IMPORT[from] ?? []).includes(to))
      .map(({ from, to, why }) => `${from} -> ${to} (${why.join('; ')})`);
    expect(wrong).toEqual([]);
  });

  // MAY_IMPORT alone would allow a loop between two domain folders; this catches it.
  it('has no loop between folders', () => {
    const loops: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next === path[0]) loops.push([...path, next].join(' -> '));
        else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
      }
    };
    for (const start of graph.keys()) visit(start, [start]);
    expect(loops).toEqual([]);
  });
});
