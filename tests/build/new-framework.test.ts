/**
 * Done-when proof: a new framework file plus its mapping file, with no code change, appears in the
 * matrix, in every pair page, in the topic pages and in the downloads. The fixture
 * (tests/fixtures/new-framework) is part of the shared fixture site (tests/build/fixture-site.ts),
 * built under a sub-path, so links carry its base.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/catalog';
import { loadContent } from '../../src/lib/content/files';
import { paths } from '../../src/lib/common/urls';
import { at, fixtureSite, NEW_FRAMEWORK as ID } from './fixture-site';

let dist: string;
let catalog: ReturnType<typeof buildCatalog>;

const read = (path: string) => readFileSync(join(dist, path, path.includes('.') ? '' : 'index.html'), 'utf8');
const html = (path: string) => parse(read(path));

beforeAll(async () => {
  const site = await fixtureSite();
  dist = site.dist;
  catalog = buildCatalog(loadContent(site.root).entries);
}, 300_000);

describe('a new framework with its mapping, and no code change', () => {
  it('is a column of the matrix, with its standards in the right cells and its gap marked', () => {
    const doc = html(paths.compare());
    expect(doc.querySelectorAll('table.matrix thead th').map((th) => th.text.trim())).toContain(
      'Fixture North Charter',
    );
    // From the fixture's mapping file: the standards it maps to each topic, else the gap it lists, else not assessed.
    const mapping = catalog.mappingsByFramework.get(ID)!.data;
    for (const topic of catalog.topics.values()) {
      const cell = doc.querySelector(`#topic-${topic.id} td[data-framework="${ID}"]`)!;
      const mapped = mapping.mappings.filter((m) => m.topics.some((t) => t.topic.id === topic.id));
      if (mapped.length > 0)
        expect(
          cell
            .querySelectorAll('a')
            .map((a) => a.getAttribute('href'))
            .sort(),
          topic.id,
        ).toEqual(mapped.map((m) => at(paths.standard(ID, m.standard))).sort());
      // Not the selector's own attribute: what the cell tells a reader.
      else
        expect(cell.text, topic.id).toContain(
          mapping.notCovered.some((t) => t.id === topic.id) ? 'Gap: not covered by this framework' : 'Not assessed',
        );
    }
    expect(doc.querySelector(`#topic-community-leadership td[data-framework="${ID}"]`)!.text).toContain('Gap');
  });

  it('has a pair page with every other current charter, in both orders, and none with a superseded edition', () => {
    const superseded = new Set(
      [...catalog.frameworks.values()].flatMap((f) => (f.data.supersedes ? [f.data.supersedes.id] : [])),
    );
    expect(superseded.size).toBeGreaterThan(0);
    for (const old of superseded)
      expect(existsSync(join(dist, paths.comparePairAsGiven(ID, old), 'index.html')), old).toBe(false);
    for (const other of catalog.frameworks.keys()) {
      if (other === ID || superseded.has(other)) continue;
      expect(html(paths.comparePair(ID, other)).querySelector('h1')!.text).toContain('Fixture North Charter');
      expect(html(paths.comparePairAsGiven(other, ID)).querySelector('link[rel=canonical]')).not.toBeNull();
      expect(html(paths.comparePairAsGiven(ID, other)).querySelector('link[rel=canonical]')).not.toBeNull();
    }
  });

  it('appears on the topic pages of the topics it maps', () => {
    expect(
      html(paths.topic('induction'))
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(at(paths.standard(ID, '1.1')));
    expect(html(paths.topic('budget')).querySelector('main')!.text).toContain('Fixture rationale.');
  });

  it('is in the downloads: matrix CSV and JSON, its standards JSON, the stages CSV', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, paths.compareDownload('matrix', 'csv'))), {
      bom: true,
      columns: true,
    });
    expect(
      rows
        .filter((r) => r['Framework identifier'] === ID && r['Coverage'] === 'covered')
        .map((r) => `${r['Standard number']} ${r['Topic identifier']} ${r['Relationship (NIST IR 8477 term)']}`)
        .sort(),
    ).toEqual(['1.1 induction equal', '1.2 budget subset-of', '2.1 evaluation intersects-with']);
    const matrix = JSON.parse(read(paths.compareDownload('matrix', 'json')));
    expect(matrix.frameworks.map((f: { id: string }) => f.id)).toContain(ID);
    const standards = JSON.parse(read(paths.standardsJson(ID)));
    expect(standards.standards.map((s: { number: string }) => s.number)).toEqual(['1.1', '1.2', '2.1']);
    const stages: Record<string, string>[] = parseCsv(
      readFileSync(join(dist, paths.compareDownload('stages', 'csv'))),
      { bom: true, columns: true },
    );
    expect(
      stages.filter((r) => r['Framework identifier'] === ID).map((r) => `${r['Common step']}: ${r['Stage']}`),
    ).toEqual(['Sign-up: Registration', 'Assessment: Panel review']);
    expect(existsSync(join(dist, paths.comparePairDownload(ID, 'east-midlands', 'csv')))).toBe(true);
  });
});
