/**
 * Done-when proof for issue 24, classes 2, 3 and 5: a charter written as a publisher would
 * (tests/fixtures/charter-editions), whose two editions are in force together, each described by two
 * documents, with register events against each, and a charter of two editions whose order is not
 * stated. Their pages, search records and downloads show each group of facts with its own source,
 * never call an edition first, later, superseded or the one current edition, and keep every
 * register event and count under the edition it was made against.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { ROOT } from '../helpers/content';
import { text } from '../helpers/dist';
import { loadPagefind, topResults } from '../helpers/pagefind';
import { fixtureBuild } from '../helpers/fixture-build';

const FIXTURE = join(ROOT, 'tests/fixtures/charter-editions');
const PRINCIPAL = 'fixture-marches-principal';
const LOCAL = 'fixture-marches-local';
const CHARTER = 'fixture-marches';
const fixture = fixtureBuild('charter-editions');
const { html } = fixture;
/** The built copy's dist/ folder. */
const dist = () => join(fixture.root(), 'dist');
/** The text of the section a heading opens. */
const section = (doc: HTMLElement, headingId: string) => text(doc.querySelector(`#${headingId}`)!.parentNode);

describe('a charter whose two editions are in force together, each from two documents', () => {
  it('passes the content check and builds', () => {
    expect(fixture.checkErrors()).toEqual([]);
    expect(fixture.build().status, fixture.build().output.slice(-2000)).toBe(0);
  });

  it("cites each group of facts' own document where those facts are shown, and the edition's document for the rest", () => {
    const principal = html(paths.framework(PRINCIPAL));
    expect(section(principal, 'stages-heading')).toContain(
      'Source: How to gain the Charter (test fixture web page), Fixture Marches Councils Partnership (online, retrieved 2026-11-21)',
    );
    expect(
      principal
        .querySelector('#stages-heading')!
        .parentNode!.querySelector('a[href="https://fixture-marches.example/charter/how-to-gain-it"]'),
    ).not.toBeNull();
    expect(section(principal, 'benefits-heading')).toContain(
      'Source: Why the Charter matters (test fixture values leaflet)',
    );
    // Standards and levels come from the edition's own document: no citation of another beside them.
    expect(section(principal, 'standards-heading')).not.toContain('Source:');
    expect(section(principal, 'levels-heading')).not.toContain('Source:');
    expect(section(principal, 'source-heading')).toContain(
      'Member Development Charter for Principal Councils (test fixture)',
    );

    const local = html(paths.framework(LOCAL));
    // The charter's values, stated only for the other edition in force, show on this one too, saying whose they are.
    expect(section(local, 'benefits-heading')).toContain(
      'These are the values and benefits recorded for the Fixture Marches Charter (Principal councils edition); none are recorded for this edition itself.',
    );
    expect(section(local, 'benefits-heading')).toContain(
      'Source: Why the Charter matters (test fixture values leaflet)',
    );
    expect(section(local, 'benefits-heading')).toContain('Councillors learn best from one another.');
    expect(section(principal, 'benefits-heading')).not.toContain('These are the values and benefits recorded for');
    expect(section(local, 'standards-heading')).toContain(
      "Source: Town and parish self-assessment template (test fixture) (online, retrieved 2026-11-22) (the document's text)",
    );
    // The template is kept with the site's content too: its copy is linked and published.
    const template = 'sources/fixture-marches-local-self-assessment.txt';
    const standards = local.querySelector('#standards-heading')!.parentNode!;
    expect(standards.querySelector(`a[href="${paths.sourceCopy(template)}"]`)).not.toBeNull();
    expect(readFileSync(join(dist(), template), 'utf8')).toBe(readFileSync(join(FIXTURE, template), 'utf8'));
    expect(section(local, 'stages-heading')).not.toContain('Source:');
    expect(section(local, 'source-heading')).toContain('Charter for Town and Parish Councils leaflet (test fixture)');
  });

  it("shows the fee sheet as the prices' source, and publishes its kept copy", () => {
    const costs = html(paths.costs(PRINCIPAL));
    const citation = costs.querySelector('.fact-source');
    expect(text(citation)).toContain(
      'Source: Charter fees for principal councils, 2021 (test fixture), Fixture Marches Councils Partnership',
    );
    expect(citation!.querySelector('a')!.getAttribute('href')).toBe(
      paths.sourceCopy('sources/fixture-marches-fees-2021.txt'),
    );
    expect(readFileSync(join(dist(), 'sources/fixture-marches-fees-2021.txt'), 'utf8')).toBe(
      readFileSync(join(FIXTURE, 'sources/fixture-marches-fees-2021.txt'), 'utf8'),
    );
  });

  it('never calls an edition the first, the superseded or the only current one', () => {
    for (const id of [PRINCIPAL, LOCAL]) {
      const doc = html(paths.framework(id));
      const history = section(doc, 'history-heading');
      expect(history).toContain(
        'These editions are in force together: the sources do not say that one replaces another.',
      );
      expect(history).not.toContain('First edition recorded');
      expect(history).not.toContain('Superseded');
      expect(history).not.toContain('Compare with the edition before');
      expect(doc.querySelectorAll('.edition-history .tag').map(text)).toEqual(['Current edition', 'Current edition']);
      expect(doc.querySelector('[data-superseded]')).toBeNull();
      // Each edition in force is compared with other charters itself, not through the other edition.
      expect(section(doc, 'compare-heading')).not.toContain('Comparisons are with the current edition');
      const pair = html(paths.comparePair(id, 'east-midlands'));
      expect(pair.querySelector('meta[http-equiv="refresh"]'), id).toBeNull();
    }
  });

  it("lists both editions at the charter's lasting address instead of sending readers to one", () => {
    const doc = html(paths.charter(CHARTER));
    expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(doc.querySelectorAll('.charter-editions a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Fixture Marches Charter (Town and parish councils edition)', paths.framework(LOCAL)],
      ['Fixture Marches Charter (Principal councils edition)', paths.framework(PRINCIPAL)],
    ]);
    expect(text(doc.querySelector('main'))).toContain('These editions are in force together');
  });

  it('says where the sources do not state which of two editions came first, and picks neither', () => {
    for (const id of ['fixture-tweed-handbook', 'fixture-tweed-leaflet']) {
      const history = section(html(paths.framework(id)), 'history-heading');
      expect(history).toContain(
        'The sources do not say in which order these editions came, so they are listed in no order.',
      );
      expect(history).not.toContain('First edition recorded');
    }
    const doc = html(paths.charter('fixture-tweed'));
    expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(doc.querySelectorAll('main h1, main p, main li').map(text)).toEqual([
      'Fixture Tweed Charter',
      'The sources do not say which of these editions is the later one, so this site does not choose one for you.',
      'Fixture Tweed Charter (Handbook)',
      'Fixture Tweed Charter (Leaflet)',
    ]);
  });

  it("groups the charter's register by edition, each event and count under the edition it was made against", () => {
    const doc = html(paths.registerOfCharter(CHARTER));
    const editions = doc.querySelectorAll('.register-edition').map((s) => ({
      heading: text(s.querySelector('h2')),
      counts: text(s.querySelector('p')),
      councils: s.querySelectorAll('tbody th').map(text),
    }));
    expect(editions).toEqual([
      {
        heading: 'Fixture Marches Charter (Town and parish councils edition)',
        counts:
          'Councils holding the Fixture Marches Charter (Town and parish councils edition): 0. Councils working towards the Fixture Marches Charter (Town and parish councils edition) (considering, committed, working towards or assessed): 1.',
        councils: ['Fixture Clun Town Council'],
      },
      {
        heading: 'Fixture Marches Charter (Principal councils edition)',
        counts:
          'Councils holding the Fixture Marches Charter (Principal councils edition): 1. Councils working towards the Fixture Marches Charter (Principal councils edition) (considering, committed, working towards or assessed): 0.',
        councils: ['Fixture Marches County Council'],
      },
    ]);
  });

  it('says which edition each count on /register/ and /compare/ is of', () => {
    const expected =
      'Fixture Marches Charter: Fixture Marches Charter (Town and parish councils edition): 0 councils hold it, 1 is working towards it; Fixture Marches Charter (Principal councils edition): 1 council holds it, 0 are working towards it';
    for (const path of [paths.register(), paths.compare()]) {
      const item = html(path)
        .querySelectorAll('li')
        .find((li) => li.querySelector(`a[href="${paths.registerOfCharter(CHARTER)}"]`));
      expect(text(item), path).toBe(expected);
    }
  });

  it("names each event's own edition in the register download", () => {
    const csv = parseCsv(readFileSync(join(dist(), paths.registerDownload('csv'))), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const ours = csv.filter(
      (r) => r['Council']?.startsWith('Fixture Marches') || r['Council']?.startsWith('Fixture Clun'),
    );
    expect(ours.map((r) => [r['Council'], r['Framework']])).toEqual([
      ['Fixture Marches County Council', 'Fixture Marches Charter (Principal councils edition)'],
      ['Fixture Clun Town Council', 'Fixture Marches Charter (Town and parish councils edition)'],
    ]);
  });

  it('gives search results for either edition no "superseded" title, and the register its charter\'s name', async () => {
    const pagefind = await loadPagefind(dist());
    const found = await topResults(pagefind, 'Fixture Marches Member Development Charter', {}, 10);
    const titles = Object.fromEntries(found.map((r) => [r.url, r.meta['title']]));
    expect(titles[paths.framework(PRINCIPAL)]).toBe(
      'Fixture Marches · Fixture Marches Member Development Charter for Principal Councils',
    );
    expect(titles[paths.framework(LOCAL)]).toBe(
      'Fixture Marches · Fixture Marches Member Development Charter for Town and Parish Councils',
    );
    const register = await topResults(pagefind, 'Fixture Clun Town Council', {}, 10);
    expect(Object.fromEntries(register.map((r) => [r.url, r.meta['title']]))[paths.registerOfCharter(CHARTER)]).toBe(
      'Fixture Marches · Accreditation register: Fixture Marches Charter',
    );
    expect(existsSync(join(dist(), paths.charter(CHARTER), 'index.html'))).toBe(true);
  });
});
