/**
 * /updates/ is built from the content's own history: what the change report finds between
 * successive versions, dated by the day each was committed. The history here is a temporary git
 * repository this test makes, holding a copy of the content, whose commit messages are hostile
 * (record and unit separators, control characters other than NUL, which git refuses, HTML, a forged log line) and one of whose
 * commits carries a forged date. No commit text may reach an update, and every item must be a
 * change the content made.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_VERSIONS, parseContentCommits, readContentHistory } from '../../src/lib/changes/history';
import { historyCovered, listUpdates } from '../../src/lib/changes/updates';
import { paths } from '../../src/lib/site/urls';
import { ROOT, realCatalog } from '../helpers/content';

const catalog = realCatalog();
const HASH = 'a'.repeat(40);

/** Pieces of the hostile messages: none may appear in any update. */
const HOSTILE = ['FORGED-ITEM', '<script>', 'alert(1)', '\x1e', '\x1f', '\x01', '\x1b', '\x7f', 'Injected subject'];
const forgedLogLine = `\x1e${'f'.repeat(40)}\x1f2026-01-01\x1fFORGED-ITEM\n\nA\tsrc/content/councils/harrow.yaml\n${'e'.repeat(40)}\n2026-02-02T00:00:00Z`;
const MESSAGES = [
  `Injected subject <script>alert(1)</script>\x01\x1b[31m`,
  `Costs ${forgedLogLine}`,
  `Reword \x7f<img src=x onerror=alert(1)> FORGED-ITEM`,
  `Forged date FORGED-ITEM`,
  `Stage \x1e\x1f FORGED-ITEM`,
];

/** A YAML file or an MDX file's front matter, edited as data (never by its text). */
function editData(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const text = readFileSync(file, 'utf8');
  const mdx = file.endsWith('.mdx');
  const [, front = '', body = ''] = mdx ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)! : [, text, ''];
  const doc = parseDocument(front);
  edit(doc);
  writeFileSync(file, mdx ? `---\n${doc.toString()}---\n${body}` : doc.toString());
}

const repo = mkdtempSync(join(tmpdir(), 'charter-history-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (args: string[], date = '2026-01-05T10:00:00Z') =>
  execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
const commit = (message: string, date: string) => {
  git(['add', '-A'], date);
  git(['-c', 'user.name=Hostile <b>name</b>', '-c', 'user.email=x@example.org', 'commit', '-q', '--no-verify', '-m', message], date);
};

// What the test changes, read from the content itself.
const costs = catalog.entries.costs[0]!;
const list = costs.data.priceLists[0]!;
const lineTotal = (price: number) => list.lines.reduce((sum, l, i) => sum + (i === 0 ? price : l.unitPrice) * (l.quantity ?? 1), 0);
const framework = catalog.entries.frameworks.find((f) => f.data.themes.some((t) => t.standards.some((s) => s.number)) && f.data.stages.length > 0)!;
const standard = framework.data.themes.flatMap((t) => t.standards).find((s) => s.number)!;
const stage = framework.data.stages[0]!;
const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

git(['init', '-q', '-b', 'main']);
cpSync(join(ROOT, 'src/content'), join(repo, 'src/content'), { recursive: true });
commit(MESSAGES[0]!, '2026-01-05T10:00:00Z');
editData(join(repo, costs.filePath!), (doc) => doc.setIn(['priceLists', 0, 'lines', 0, 'unitPrice'], list.lines[0]!.unitPrice + 100));
commit(MESSAGES[1]!, '2026-02-10T09:30:00+01:00');
editData(join(repo, framework.filePath!), (doc) => {
  const themes = doc.get('themes') as { items: { get(k: string): { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] } }[] };
  const found = themes.items.flatMap((t) => t.get('standards').items).find((s) => s.get('number') === standard.number)!;
  found.set('title', `${standard.title} As reworded.`);
});
commit(MESSAGES[2]!, '2026-03-15T12:00:00Z');
editData(join(repo, framework.filePath!), (doc) => doc.setIn(['stages', 0, 'title'], `${stage.title} (renamed)`));
commit(MESSAGES[3]!, '2090-06-01T00:00:00Z');
writeFileSync(join(repo, 'README.md'), 'not content');
commit(MESSAGES[4]!, '2026-04-01T08:00:00Z');
editData(join(repo, framework.filePath!), (doc) => doc.setIn(['stages', 0, 'description'], 'A stage description as reworded.'));
commit('Plain', '2026-05-20T08:00:00Z');

const history = readContentHistory(repo);
const changes = listUpdates(catalog, history).filter((u) => u.kind === 'change');

describe('the content history', () => {
  it('is read from git as hashes and dates only, dropping the commit with a forged date', () => {
    const hashes = git(['log', '--format=%H', '--', 'src/content']).trim().split('\n').reverse();
    expect(history.versions.map((v) => [v.hash, v.date])).toEqual([
      [hashes[0], '2026-01-05'], [hashes[1], '2026-02-10'], [hashes[2], '2026-03-15'], [hashes[4], '2026-05-20'],
    ]);
    expect(history.fromTheStart).toBe(true);
    expect(historyCovered(history)).toBe('Content changes are listed from 5 January 2026, when this site\'s content was first recorded.');
  });

  it('turns each version into the change report\'s facts, in words, dated by the commit', () => {
    expect(changes.map((u) => [u.date, u.title, u.path])).toEqual([
      ['2026-05-20', `${framework.data.shortTitle}: stage ${stage.title} (renamed) added; stage ${stage.title} removed`, paths.framework(framework.id)],
      ['2026-03-15', `${framework.data.shortTitle}: standard ${standard.number} reworded (title)`, paths.framework(framework.id)],
      ['2026-02-10', `${catalog.frameworks.get(costs.data.framework.id)!.data.shortTitle}: price list “${list.title}” changed from ${pounds(lineTotal(list.lines[0]!.unitPrice))} to ${pounds(lineTotal(list.lines[0]!.unitPrice + 100))}`, paths.costs(costs.data.framework.id)],
    ]);
  });

  it('puts no commit text in any update', () => {
    const all = JSON.stringify(listUpdates(catalog, history));
    for (const piece of HOSTILE) expect(all).not.toContain(piece);
    expect(all).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
  });

  it('reads a shallow clone as far as it goes and says so', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'charter-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'ignore' });
      const cut = readContentHistory(shallow);
      expect(cut.versions.map((v) => v.date)).toEqual(['2026-05-20']);
      expect(listUpdates(catalog, cut).filter((u) => u.kind === 'change')).toEqual([]);
      expect(historyCovered(cut)).toBe('Content changes are listed from 20 May 2026, the earliest version of the content this build read (this copy of the repository holds only its latest history); earlier changes are not listed.');
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('says so when there is no history at all', () => {
    const none = mkdtempSync(join(tmpdir(), 'charter-none-'));
    try {
      expect(readContentHistory(none)).toEqual({ versions: [], fromTheStart: false, shallow: false });
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
    expect(MAX_VERSIONS).toBeGreaterThan(0);
  });
});

describe('git log fields', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it('keep only 40-hex hashes with real ISO 8601 dates between 2000 and tomorrow', () => {
    const fields = [
      [HASH, '2026-01-05T10:00:00Z'], ['b'.repeat(40), '2026-12-04T11:00:00Z'],
      ['c'.repeat(39), '2026-01-05T10:00:00Z'], ['D'.repeat(40), '2026-01-05T10:00:00Z'], [`${'e'.repeat(40)}\x1e`, '2026-01-05T10:00:00Z'],
      ['f'.repeat(40), '2026-12-05T10:00:00Z'], ['1'.repeat(40), '1999-12-31T23:00:00Z'], ['2'.repeat(40), '2026-02-30T10:00:00Z'],
      ['3'.repeat(40), '2026-01-05'], ['4'.repeat(40), 'Mon, 5 Jan 2026 10:00:00 +0000'], ['5'.repeat(40), '2026-01-05T10:00:00Z\x1fsubject'],
    ];
    expect(parseContentCommits(fields.flat().join('\0'), now)).toEqual([
      { hash: HASH, date: '2026-01-05' }, { hash: 'b'.repeat(40), date: '2026-12-04' },
    ]);
  });
});

describe('editions and register events', () => {
  it('lists no edition without a stated date or a predecessor, and invents no dates', () => {
    const editions = listUpdates(catalog, { versions: [], fromTheStart: false, shallow: false }).filter((u) => u.kind === 'edition');
    const expected = catalog.entries.frameworks.filter((f) => f.data.edition.published || f.data.supersedes);
    expect(editions.map((u) => u.path)).toEqual(expected.map((f) => paths.framework(f.id)));
    for (const u of editions) {
      const fw = catalog.frameworks.get(u.path.split('/')[2]!)!.data;
      expect(u.date).toBe(fw.edition.published?.date ?? fw.edition.published?.month);
    }
  });
});
