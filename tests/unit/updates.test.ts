/**
 * /updates/ is built from the content's own history: what the change report finds between
 * successive versions, dated by the day each was committed. The history here is a temporary git
 * repository with hostile commit messages and a forged date (tests/helpers/content-history.ts).
 * No commit text may reach an update, and every item must be a change the content made.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_VERSIONS, parseContentCommits, readContentHistory } from '../../src/lib/changes/history';
import { updatesFeed } from '../../src/lib/site/feed';
import { historyCovered, listUpdates } from '../../src/lib/site/updates';
import { paths } from '../../src/lib/common/urls';
import { frozenCatalog } from '../helpers/content';
import {
  HOSTILE,
  costs,
  framework,
  git,
  lineTotal,
  list,
  pounds,
  stage,
  standard,
  writeHostileHistory,
} from '../helpers/content-history';
import { parseXml } from '../helpers/xml';

const catalog = frozenCatalog();
const HASH = 'a'.repeat(40);

const repo = mkdtempSync(join(tmpdir(), 'charter-history-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
writeHostileHistory(repo);
const history = readContentHistory(repo);
const changes = listUpdates(catalog, history).filter((u) => u.kind === 'change');

describe('the content history', () => {
  it('is read from git as hashes and dates only, dropping the commit with a forged date', () => {
    const hashes = git(repo, ['log', '--format=%H', '--', 'src/content']).trim().split('\n').reverse();
    expect(history.versions.map((v) => [v.hash, v.date])).toEqual([
      [hashes[0], '2026-01-05'],
      [hashes[1], '2026-02-10'],
      [hashes[2], '2026-03-15'],
      [hashes[4], '2026-05-20'],
    ]);
    expect(history.cut).toBeUndefined();
    expect(historyCovered(history)).toBe(
      "Content changes are listed from 5 January 2026, when this site's content was first recorded.",
    );
  });

  it("turns each version into the change report's facts, in words, dated by the commit", () => {
    expect(changes.map((u) => [u.date, u.title, u.path])).toEqual([
      [
        '2026-05-20',
        `${framework.data.shortTitle}: stage ${stage.title} (renamed) added; stage ${stage.title} removed`,
        paths.framework(framework.id),
      ],
      [
        '2026-03-15',
        `${framework.data.shortTitle}: standard ${standard.number} reworded`,
        paths.framework(framework.id),
      ],
      [
        '2026-02-10',
        `${catalog.frameworks.get(costs.data.framework.id)!.data.shortTitle}: price list “${list.title}” changed from ${pounds(lineTotal(list.lines[0]!.unitPrice))} to ${pounds(lineTotal(list.lines[0]!.unitPrice + 100))}`,
        paths.costs(costs.data.framework.id),
      ],
    ]);
  });

  it('quotes the words before and after on the page', () => {
    expect(changes.find((u) => u.date === '2026-03-15')!.description).toBe(
      `Standard ${standard.number} reworded (title was “${standard.title}”, now “${standard.title} As reworded.”).`,
    );
  });

  it('puts no commit text in any update, nor in the feed, which parses', async () => {
    const updates = listUpdates(catalog, history);
    const all = JSON.stringify(updates);
    for (const piece of HOSTILE) expect(all).not.toContain(piece);
    expect(all).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    const xml = await updatesFeed(updates, new URL('https://charters.example.gov.uk/'));
    const feed = parseXml(xml, (name) => name === 'item') as { rss: { channel: { item: { title: string }[] } } };
    expect(feed.rss.channel.item.map((i) => i.title)).toEqual(updates.map((u) => u.title));
    for (const piece of HOSTILE) expect(xml).not.toContain(piece);
  });

  it('reads a shallow clone as far as it goes and says so', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'charter-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'ignore' });
      const cut = readContentHistory(shallow);
      expect(cut.cut).toBe('shallow');
      expect(cut.versions.map((v) => v.date)).toEqual(['2026-05-20']);
      expect(listUpdates(catalog, cut).filter((u) => u.kind === 'change')).toEqual([]);
      expect(historyCovered(cut)).toBe(
        'Content changes are listed from 20 May 2026, the earliest version of the content this build read (this copy of the repository holds only its latest history); earlier changes are not listed.',
      );
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('says so when there is no history at all', () => {
    const none = mkdtempSync(join(tmpdir(), 'charter-none-'));
    try {
      expect(readContentHistory(none)).toEqual({ versions: [], cut: undefined });
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
  });

  it('reads at most the last MAX_VERSIONS versions and says so', () => {
    const capped = readContentHistory(repo, 2);
    expect(capped.versions.map((v) => v.date)).toEqual(['2026-03-15', '2026-05-20']);
    expect(historyCovered(capped)).toBe(
      `Content changes are listed from 15 March 2026, the earliest version of the content this build read (a build reads at most the last ${MAX_VERSIONS} versions); earlier changes are not listed.`,
    );
  });
});

describe('git log fields', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it('keep only 40-hex hashes with real ISO 8601 dates between 2000 and tomorrow', () => {
    const fields = [
      [HASH, '2026-01-05T10:00:00Z'],
      ['b'.repeat(40), '2026-12-04T11:00:00Z'],
      ['c'.repeat(39), '2026-01-05T10:00:00Z'],
      ['D'.repeat(40), '2026-01-05T10:00:00Z'],
      [`${'e'.repeat(40)}\x1e`, '2026-01-05T10:00:00Z'],
      ['f'.repeat(40), '2026-12-05T10:00:00Z'],
      ['1'.repeat(40), '1999-12-31T23:00:00Z'],
      ['2'.repeat(40), '2026-02-30T10:00:00Z'],
      ['3'.repeat(40), '2026-01-05'],
      ['4'.repeat(40), 'Mon, 5 Jan 2026 10:00:00 +0000'],
      ['5'.repeat(40), '2026-01-05T10:00:00Z\x1fsubject'],
    ];
    expect(parseContentCommits(fields.flat().join('\0'), now)).toEqual([
      { hash: HASH, date: '2026-01-05' },
      { hash: 'b'.repeat(40), date: '2026-12-04' },
    ]);
  });
});

describe('editions and register events', () => {
  it('lists no edition without a stated date or a predecessor, and invents no dates', () => {
    const editions = listUpdates(catalog, { versions: [], cut: undefined }).filter((u) => u.kind === 'edition');
    const expected = catalog.entries.frameworks.filter((f) => f.data.edition.published || f.data.supersedes);
    expect(editions.map((u) => u.path)).toEqual(expected.map((f) => paths.framework(f.id)));
    for (const u of editions) {
      const fw = catalog.frameworks.get(u.path.split('/')[2]!)!.data;
      expect(u.date).toBe(fw.edition.published?.date ?? fw.edition.published?.month);
    }
  });
});

describe('a change to a council document', () => {
  it("names the document's council, since its title rarely does", () => {
    const before = catalog.entries;
    const [strategy, ...others] = before.strategies;
    const changed = {
      ...before,
      strategies: [{ ...strategy!, data: { ...strategy!.data, title: 'Reworded' } }, ...others],
    };
    const versions = [
      { hash: 'c'.repeat(40), date: '2026-06-01', entries: before },
      { hash: 'd'.repeat(40), date: '2026-06-02', entries: changed },
    ];
    const updates = listUpdates(catalog, { versions, cut: undefined }).filter((u) => u.kind === 'change');
    const council = catalog.councils.get(strategy!.data.council.id)!.data.name;
    expect(updates.map((u) => u.title)).toEqual([`${council}: ${strategy!.data.title} updated`]);
  });
});
