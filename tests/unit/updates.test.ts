/** Updates are dated only by what content or git states; content files map to their pages. */
import { describe, expect, it } from 'vitest';
import { listUpdates, parseGitLog } from '../../src/lib/changes/updates';
import { paths } from '../../src/lib/site/urls';
import { frozenCatalog } from '../helpers/content';

const catalog = frozenCatalog();
const costs = [...catalog.costsByFramework.values()][0]!;
const log = parseGitLog(
  `\x1eaaa\x1f2026-01-05\x1fUpdate costs\n\nM\t${costs.filePath}\nD\tsrc/content/regions/gone.yaml\n` +
  `\x1ebbb\x1f2025-12-01\x1fAdd Harrow\n\nA\tsrc/content/councils/harrow.yaml\n`,
);

describe('updates', () => {
  it('reads git log output', () => {
    expect(log.map((c) => [c.hash, c.date, c.files.map((f) => f.status)])).toEqual([['aaa', '2026-01-05', ['changed', 'deleted']], ['bbb', '2025-12-01', ['added']]]);
  });

  it('turns each changed content file into an update for its page, newest first, dropping deleted files', () => {
    const changes = listUpdates(catalog, log).filter((u) => u.kind === 'change');
    expect(changes.map((u) => [u.date, u.path, u.description])).toEqual([
      ['2026-01-05', paths.costs(costs.data.framework.id), 'Update costs'],
      ['2025-12-01', paths.council('harrow'), 'Add Harrow'],
    ]);
    expect(changes[1]!.title).toBe(`${catalog.councils.get('harrow')!.data.name} added`);
  });

  it('lists no edition without a stated date or a predecessor, and invents no dates', () => {
    const editions = listUpdates(catalog, []).filter((u) => u.kind === 'edition');
    const expected = catalog.entries.frameworks.filter((f) => f.data.edition.published || f.data.supersedes);
    expect(editions.map((u) => u.path)).toEqual(expected.map((f) => paths.framework(f.id)));
    for (const u of editions) {
      const fw = catalog.frameworks.get(u.path.split('/')[2]!)!.data;
      expect(u.date).toBe(fw.edition.published?.date ?? fw.edition.published?.month);
    }
  });
});
