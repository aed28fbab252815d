/**
 * Done-when proof: a new framework file plus its mapping file, with no code change, appears in the
 * matrix, in every pair page, in the topic pages and in the downloads. The site is copied to a
 * temporary folder (node_modules linked, not copied), the fixture added, and the copy built.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/lib/content-files';
import { crosswalkOf } from '../../src/lib/crosswalk';
import { paths } from '../../src/lib/urls';
import { ROOT } from '../helpers/content';

const FIXTURE = join(ROOT, 'tests/fixtures/new-framework');
const ID = 'fixture-north';
let site: string;
let catalog: ReturnType<typeof buildCatalog>;

const read = (path: string) => readFileSync(join(site, 'dist', path, path.includes('.') ? '' : 'index.html'), 'utf8');
const html = (path: string) => parse(read(path));

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'charter-new-framework-'));
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);
  cpSync(ROOT, site, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length).split('/').filter(Boolean)[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(site, 'node_modules'), 'dir');
  cpSync(FIXTURE, site, { recursive: true });
  catalog = buildCatalog(loadContent(site).entries);
  execFileSync(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: site, stdio: 'pipe', env: { ...process.env, SITE: 'https://charter-atlas.example', BASE: '/' } });
}, 180_000);

afterAll(() => site && rmSync(site, { recursive: true, force: true }));

describe('a new framework with its mapping, and no code change', () => {
  it('is a column of the matrix, with its standards in the right cells and its gap marked', () => {
    const doc = html(paths.compare());
    expect(doc.querySelectorAll('table.matrix thead th').map((th) => th.text.trim())).toContain('Fixture North Charter');
    const cw = crosswalkOf(catalog);
    for (const topic of cw.topics) {
      const cell = doc.querySelector(`#topic-${topic.id} td[data-framework="${ID}"]`)!;
      const c = cw.coverage(ID, topic.id);
      if (c.status === 'covered') expect(cell.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(c.links.map((l) => paths.standard(ID, l.standard.standard.number)));
      else expect(cell.getAttribute('data-framework')).toBe(ID);
    }
    expect(doc.querySelector(`#topic-community-leadership td[data-framework="${ID}"]`)!.text).toContain('Gap');
  });

  it('has a pair page with every other framework, in both orders', () => {
    for (const other of catalog.frameworks.keys()) {
      if (other === ID) continue;
      expect(html(paths.comparePair(ID, other)).querySelector('h1')!.text).toContain('Fixture North Charter');
      expect(html(paths.comparePairAsGiven(other, ID)).querySelector('link[rel=canonical]')).not.toBeNull();
      expect(html(paths.comparePairAsGiven(ID, other)).querySelector('link[rel=canonical]')).not.toBeNull();
    }
  });

  it('appears on the topic pages of the topics it maps', () => {
    expect(html(paths.topic('induction')).querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(paths.standard(ID, '1.1'));
    expect(html(paths.topic('budget')).querySelector('main')!.text).toContain('Fixture rationale.');
  });

  it('is in the downloads: matrix CSV and JSON, its standards JSON, the stages CSV', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(site, 'dist', paths.compareDownload('matrix', 'csv'))), { bom: true, columns: true });
    expect(rows.filter((r) => r.framework_id === ID && r.status === 'covered').map((r) => `${r.standard} ${r.topic_id} ${r.relationship}`).sort())
      .toEqual(['1.1 induction equal', '1.2 budget subset-of', '2.1 evaluation intersects-with']);
    const matrix = JSON.parse(read(paths.compareDownload('matrix', 'json')));
    expect(matrix.frameworks.map((f: { id: string }) => f.id)).toContain(ID);
    const standards = JSON.parse(read(paths.standardsJson(ID)));
    expect(standards.standards.map((s: { number: string }) => s.number)).toEqual(['1.1', '1.2', '2.1']);
    const stages: Record<string, string>[] = parseCsv(readFileSync(join(site, 'dist', paths.compareDownload('stages', 'csv'))), { bom: true, columns: true });
    expect(stages.filter((r) => r.framework_id === ID).map((r) => `${r.step}: ${r.stage}`)).toEqual(['Sign-up: Registration', 'Assessment: Panel review']);
    expect(existsSync(join(site, 'dist', paths.comparePairDownload(ID, 'east-midlands', 'csv')))).toBe(true);
  });
});
