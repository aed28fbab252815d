/**
 * A content history with hostile commit messages, written as a temporary git repository: the repo's
 * content copied as it is, then changed as data (never by its text), one commit per change. Commit
 * messages hold record and unit separators, control characters other than NUL (which git refuses),
 * HTML and a forged log line; one commit carries a forged date (2090), and one touches no content.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { FROZEN, frozenCatalog } from './content';

/** Pieces of the hostile messages: none may appear in any update, page or feed. */
export const HOSTILE = [
  'FORGED-ITEM',
  '<script>',
  'alert(1)',
  '\x1e',
  '\x1f',
  '\x01',
  '\x1b',
  '\x7f',
  'Injected subject',
];
const forgedLogLine = `\x1e${'f'.repeat(40)}\x1f2026-01-01\x1fFORGED-ITEM\n\nA\tsrc/content/councils/harrow.yaml\n${'e'.repeat(40)}\n2026-02-02T00:00:00Z`;
const MESSAGES = [
  `Injected subject <script>alert(1)</script>\x01\x1b[31m`,
  `Costs ${forgedLogLine}`,
  `Reword \x7f<img src=x onerror=alert(1)> FORGED-ITEM`,
  `Forged date FORGED-ITEM`,
  `Stage \x1e\x1f FORGED-ITEM`,
];

/** A YAML file or an MDX file's front matter, edited as data. */
function editData(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const text = readFileSync(file, 'utf8');
  const mdx = file.endsWith('.mdx');
  const [, front = '', body = ''] = mdx ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)! : ['', text, ''];
  const doc = parseDocument(front);
  edit(doc);
  writeFileSync(file, mdx ? `---\n${doc.toString()}---\n${body}` : doc.toString());
}

export const git = (repo: string, args: string[], date = '2026-01-05T10:00:00Z') =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });

// What the history changes, read from the content itself.
const catalog = frozenCatalog();
export const costs = catalog.entries.costs[0]!;
export const list = costs.data.priceLists[0]!;
/** The sum of the list's lines with its first line at `price`. */
export const lineTotal = (price: number) =>
  list.lines.reduce((sum, l, i) => sum + (i === 0 ? price : l.unitPrice) * (l.quantity ?? 1), 0);
export const framework = catalog.entries.frameworks.find(
  (f) => f.data.themes.some((t) => t.standards.some((s) => s.number)) && f.data.stages.length > 0,
)!;
export const standard = framework.data.themes.flatMap((t) => t.standards).find((s) => s.number)!;
export const stage = framework.data.stages[0]!;
export const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** Writes the history into `repo` (made a git repository; its src/content is copied from the frozen tree unless present). */
export function writeHostileHistory(repo: string): void {
  const commit = (message: string, date: string) => {
    git(repo, ['add', '-A'], date);
    git(
      repo,
      [
        '-c',
        'user.name=Hostile <b>name</b>',
        '-c',
        'user.email=x@example.org',
        'commit',
        '-q',
        '--no-verify',
        '-m',
        message,
      ],
      date,
    );
  };
  git(repo, ['init', '-q', '-b', 'main']);
  if (!existsSync(join(repo, 'src/content')))
    cpSync(join(FROZEN, 'src/content'), join(repo, 'src/content'), { recursive: true });
  commit(MESSAGES[0]!, '2026-01-05T10:00:00Z');
  editData(join(repo, costs.filePath!), (doc) =>
    doc.setIn(['priceLists', 0, 'lines', 0, 'unitPrice'], list.lines[0]!.unitPrice + 100),
  );
  commit(MESSAGES[1]!, '2026-02-10T09:30:00+01:00');
  editData(join(repo, framework.filePath!), (doc) => {
    const themes = doc.get('themes') as {
      items: { get(k: string): { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] } }[];
    };
    const found = themes.items
      .flatMap((t) => t.get('standards').items)
      .find((s) => s.get('number') === standard.number)!;
    found.set('title', `${standard.title} As reworded.`);
  });
  commit(MESSAGES[2]!, '2026-03-15T12:00:00Z');
  editData(join(repo, framework.filePath!), (doc) => doc.setIn(['stages', 0, 'title'], `${stage.title} (renamed)`));
  commit(MESSAGES[3]!, '2090-06-01T00:00:00Z');
  writeFileSync(join(repo, 'not-content.txt'), 'not content');
  commit(MESSAGES[4]!, '2026-04-01T08:00:00Z');
  editData(join(repo, framework.filePath!), (doc) =>
    doc.setIn(['stages', 0, 'description'], 'A stage description as reworded.'),
  );
  commit('Plain', '2026-05-20T08:00:00Z');
}
