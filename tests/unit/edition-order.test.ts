/** Editions the sources give no order (editionOrder), and register counts kept under each event's own edition. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import type { Entry, Framework } from '../../src/lib/catalog/types';
import { charterTitle, currentEditions, editionChains, editionOrderOf } from '../../src/lib/catalog/editions';
import { editionHistory } from '../../src/lib/changes/edition-history';
import { charterCountsInWords, editionCounts, registerRows } from '../../src/lib/register/register';
import { makeSchemas } from '../../src/schemas';
import { plainReference } from '../../src/schemas/common';
import type { EditionOrder } from '../../src/schemas/framework';
import { frozenContent } from '../helpers/content';

const source = { title: 'Newsletter (test)', url: 'https://example.org/news', retrieved: '2026-11-01' };
const event = (id: string, data: object) => ({
  id,
  filePath: `src/content/register/${id}.yaml`,
  data: makeSchemas(plainReference).register.parse({ asPublished: 'Words.', source, ...data }),
});

/** The frozen tree plus a second East Midlands edition ("Parish edition"), both saying `order`. */
function withSecondEdition(order: EditionOrder | undefined, ...events: ReturnType<typeof event>[]) {
  const { entries } = frozenContent();
  const first = entries.frameworks.find((f) => f.id === 'east-midlands')!;
  // The parish edition has a level the other lacks, so the two differ if they were ever compared.
  const edition = (e: Entry<Framework>, label: string, id = e.id, levels = e.data.levels): Entry<Framework> => ({
    ...e,
    id,
    filePath: `src/content/frameworks/${id}.mdx`,
    data: { ...e.data, charter: 'east-midlands', editionOrder: order, edition: { label }, levels },
  });
  const frameworks = [
    ...entries.frameworks.filter((f) => f !== first),
    edition(first, 'Principal edition'),
    edition(first, 'Parish edition', 'east-midlands-parish', [{ id: 'parish', name: 'Parish Charter' }]),
  ];
  const mapping = entries.mappings.find((m) => m.data.framework.id === 'east-midlands')!;
  const mappings = [
    ...entries.mappings,
    {
      ...mapping,
      id: 'east-midlands-parish',
      data: { ...mapping.data, framework: { id: 'east-midlands-parish', collection: 'frameworks' as const } },
    },
  ];
  return {
    frameworks,
    catalog: buildCatalog({ ...entries, frameworks, mappings, register: [...entries.register, ...events] }),
  };
}

describe('editions whose order the sources do not give', () => {
  it('need no supersedes chain when every edition says editionOrder, and are told how to say so when none does', () => {
    expect(editionChains(withSecondEdition('not-stated').frameworks).problems).toEqual([]);
    expect(editionChains(withSecondEdition(undefined).frameworks).problems.map((p) => p.message)).toEqual([
      'the charter "east-midlands" has 2 editions that supersede none of its others (east-midlands, east-midlands-parish); each later edition needs supersedes: <the edition before it>, or, where the sources give no order, give every edition editionOrder: in-force-together (they apply side by side) or editionOrder: not-stated',
    ]);
  });

  it('are each current, with nothing "changed from the edition before", and none picked as the charter', () => {
    const { catalog } = withSecondEdition('not-stated');
    expect(editionOrderOf(catalog, 'east-midlands')).toBe('not-stated');
    expect(currentEditions(catalog, 'east-midlands').map((e) => e.id)).toEqual([
      'east-midlands',
      'east-midlands-parish',
    ]);
    const history = editionHistory(catalog, 'east-midlands-parish');
    expect(history.map((e) => [e.entry.id, e.current, e.supersededBy, e.changes])).toEqual([
      ['east-midlands', true, undefined, []],
      ['east-midlands-parish', true, undefined, []],
    ]);
    expect(charterTitle(catalog, 'east-midlands')).toBe(catalog.frameworks.get('east-midlands')!.data.shortTitle);
  });
});

describe('register counts of a charter with several editions', () => {
  it('count each council once, under the edition of its latest event, and say which edition', () => {
    const { catalog } = withSecondEdition(
      'in-force-together',
      event('a-committed', {
        council: 'derbyshire',
        framework: 'east-midlands-parish',
        kind: 'committed',
        date: { asPublished: 'May 2021', month: '2021-05' },
      }),
      event('b-awarded', {
        council: 'derbyshire',
        framework: 'east-midlands',
        kind: 'awarded',
        date: { asPublished: '1 June 2022', date: '2022-06-01' },
      }),
    );
    const rows = registerRows(catalog);
    expect(
      editionCounts(catalog, rows, 'east-midlands').map((c) => [c.edition.id, c.holding, c.workingTowards]),
    ).toEqual([
      ['east-midlands', 1, 0],
      ['east-midlands-parish', 0, 0],
    ]);
    const name = catalog.frameworks.get('east-midlands')!.data.shortTitle;
    expect(charterCountsInWords(catalog, rows, 'east-midlands')).toBe(
      `${name} (Principal edition): 1 council holds it, 0 are working towards it; ${name} (Parish edition): 0 councils hold it, 0 are working towards it`,
    );
  });
});
