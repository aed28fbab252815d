/**
 * The comparison pages and downloads in dist/ say what the content says. Expected values come from the
 * content files (mappings, costs, frameworks) and from labels written out here as a reader sees them, never
 * from the derivations that built the pages; CSVs are parsed back with a real CSV parser, as a spreadsheet
 * would read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import { realCatalog, realFrameworkPairs } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';
import { linesTotal, pounds } from '../helpers/printed';

const catalog = realCatalog();
/** The matrix's columns: frameworks A–Z by short title (en-GB), as their content files give it. */
const frameworks = [...catalog.frameworks.values()].sort((a, b) =>
  a.data.shortTitle.localeCompare(b.data.shortTitle, 'en-GB'),
);
/** Its rows: topics A–Z by name (en-GB). */
const topics = [...catalog.topics.values()].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
/** A framework's mapping file's entries (none without a mapping file). */
const mappingsOf = (frameworkId: string) => catalog.mappingsByFramework.get(frameworkId)?.data.mappings ?? [];
/** The topics a standard's mapping entry gives it, in the file's order. */
const mappedTopics = (frameworkId: string, slug: string) =>
  mappingsOf(frameworkId).find((m) => m.standard === slug)?.topics ?? [];

const file = (path: string) => readFileSync(join(DIST, path));
function csv(path: string): Record<string, string>[] {
  const bytes = file(path);
  expect([...bytes.subarray(0, 3)], `${path} starts with a UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes, { bom: true, columns: true, skip_empty_lines: true });
}
const json = (path: string) => JSON.parse(file(path).toString('utf8'));

/** A mapping's relationship as a reader sees it beside the standard: written here, not taken from the site's labels. */
const PRINTED_RELATION: Record<string, string> = {
  equal: 'Same as the topic =',
  'subset-of': 'Covers part of the topic ⊂',
  'superset-of': 'Covers more than the topic ⊃',
  'intersects-with': 'Overlaps the topic ∩',
  'same-topic': 'On the topic (how far is not recorded) ~',
};

describe('/compare/ matrix', () => {
  const doc = page(paths.compare());
  const table = doc.querySelector('table.matrix')!;

  it('has a captioned table with a column per framework and a row per topic, headers scoped', () => {
    expect(text(table.querySelector('caption'))).not.toBe('');
    expect(table.querySelectorAll('thead th').map((th) => th.getAttribute('scope'))).toEqual(
      Array(frameworks.length + 1).fill('col'),
    );
    expect(
      table
        .querySelectorAll('thead th')
        .slice(1)
        .map((th) => text(th)),
    ).toEqual(frameworks.map((f) => f.data.shortTitle));
    expect(table.querySelectorAll('tbody th[scope=row]').map((th) => text(th))).toEqual(topics.map((t) => t.data.name));
  });

  it("links each mapped standard from its topic's cell, naming the relationship as printed; an unmapped cell says why", () => {
    // Expectations come from the mapping files as written, so a relationship the page prints wrongly
    // ("⊃" shown as "on the same topic") or a cell linking the wrong standards goes red.
    for (const fw of frameworks) {
      const mapping = catalog.mappingsByFramework.get(fw.id)?.data;
      for (const topic of topics) {
        const td = table.querySelector(`#topic-${topic.id} td[data-framework="${fw.id}"]`)!;
        const mapped = (mapping?.mappings ?? []).flatMap((m) =>
          m.topics
            .filter((t) => t.topic.id === topic.id)
            .map((t) => `${paths.standard(fw.id, m.standard)} ${PRINTED_RELATION[t.relationship]}`),
        );
        const printed = td
          .querySelectorAll('li')
          .map((li) => `${li.querySelector('a')?.getAttribute('href')} ${text(li.querySelector('.relation'))}`);
        expect(printed.sort(), `${fw.id} × ${topic.id}`).toEqual(mapped.sort());
        if (mapped.length > 0) continue;
        const gap = mapping?.notCovered.some((t) => t.id === topic.id);
        expect(text(td), `${fw.id} × ${topic.id}`).toBe(
          fw.data.themes.length === 0
            ? 'No standards recorded here –'
            : gap
              ? 'Gap: not covered by this framework ✕'
              : 'Not assessed ?',
        );
      }
    }
  });

  it("marks a topic's row as having a gap exactly when some mapping lists it as not covered", () => {
    const gaps = new Set([...catalog.mappingsByFramework.values()].flatMap((m) => m.data.notCovered.map((t) => t.id)));
    expect(gaps.size).toBeGreaterThan(0);
    for (const topic of topics)
      expect(table.querySelector(`#topic-${topic.id}`)!.hasAttribute('data-gap'), topic.id).toBe(gaps.has(topic.id));
  });

  it('says honestly when a framework lists no standards', () => {
    const noStandards = frameworks.filter((f) => f.data.themes.length === 0);
    expect(noStandards.length).toBeGreaterThan(0);
    for (const fw of noStandards) {
      const cells = table.querySelectorAll(`tbody td[data-framework="${fw.id}"]`);
      expect(cells, `a cell per topic for ${fw.id}`).toHaveLength(topics.length);
      for (const td of cells) expect(text(td)).toContain('No standards recorded here');
    }
  });

  it('filters without script: the filter controls are plain inputs and the page has no script', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('.matrix-filter input')).toHaveLength(3 + frameworks.length);
  });

  it('links every pair once, at its canonical address', () => {
    expect(doc.querySelectorAll('.pair-list a').map((a) => a.getAttribute('href'))).toEqual(
      realFrameworkPairs().map(([a, b]) => paths.comparePair(a.id, b.id)),
    );
  });
});

describe('pair pages', () => {
  for (const [a, b] of realFrameworkPairs()) {
    it(`${a.id} and ${b.id}: one page, and the reverse order redirects to it`, () => {
      const doc = page(paths.comparePair(a.id, b.id));
      expect(text(doc.querySelector('h1'))).toBe(`${a.data.shortTitle} and ${b.data.shortTitle} compared`);
      const rows = doc.querySelectorAll('main table')[0]!.querySelectorAll('tbody tr');
      expect(rows.map((r) => text(r.querySelector('th')))).toEqual(topics.map((t) => t.data.name));
      const reverse = page(paths.comparePairAsGiven(b.id, a.id));
      expect(reverse.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(
        new RegExp(`${paths.comparePair(a.id, b.id)}$`),
      );
      expect(reverse.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(
        `0; url=${paths.comparePair(a.id, b.id)}`,
      );
      expect(reverse.querySelector('a')?.getAttribute('href')).toBe(paths.comparePair(a.id, b.id));
      expect(reverse.querySelectorAll('script')).toHaveLength(0);
    });
  }

  it('says what East Midlands has that the South East lacks, from the mapping', () => {
    const main = page(paths.comparePair('east-midlands', 'south-east')).querySelector('main')!;
    const gaps = catalog.mappingsByFramework
      .get('south-east')!
      .data.notCovered.map((t) => catalog.topics.get(t.id)!.data.name);
    expect(main.querySelectorAll('#only-east-midlands + ul li a').map((a) => text(a))).toEqual(
      expect.arrayContaining(gaps),
    );
  });
});

describe('topic pages and standard pages', () => {
  for (const topic of topics) {
    it(`${topic.id}: every framework's standards on the topic`, () => {
      const doc = page(paths.topic(topic.id));
      expect(text(doc.querySelector('h1'))).toBe(topic.data.name);
      const expected = [...catalog.mappingsByFramework.values()].flatMap(({ data }) =>
        data.mappings
          .filter((m) => m.topics.some((t) => t.topic.id === topic.id))
          .map((m) => paths.standard(data.framework.id, m.standard)),
      );
      const hrefs = doc.querySelectorAll('main table td a').map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(expected.sort());
    });
  }

  it("shows the same topic in other regions on every mapped standard's page", () => {
    const record = catalog.standards.get('south-east/2.7')!;
    const section = page(paths.standard('south-east', '2.7')).querySelector('.same-topic')!;
    // The standard's first topic in the South East mapping file, and the East Midlands standards mapped to it there.
    const topic = mappedTopics(record.frameworkId, record.slug)[0]!.topic;
    const em = mappingsOf('east-midlands').filter((m) => m.topics.some((t) => t.topic.id === topic.id));
    expect(em.length).toBeGreaterThan(0);
    const hrefs = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(paths.topic(topic.id));
    for (const m of em) expect(hrefs).toContain(paths.standard('east-midlands', m.standard));
  });
});

describe('/compare/costs/', () => {
  const doc = page(paths.compareCosts());
  const main = doc.querySelector('main')!;
  const priced = [...catalog.costsByFramework].map(([id, e]) => ({
    id,
    fw: catalog.frameworks.get(id)!.data,
    costs: e.data,
  }));

  it('has a row per price list of every costs file, with the sum of its lines and the total as published', () => {
    const lists = priced.flatMap(({ id, fw, costs }) => costs.priceLists.map((list) => ({ id, fw, list })));
    expect(lists.length).toBeGreaterThan(0);
    const rows = main.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(lists.length);
    lists.forEach(({ id, fw, list }, i) => {
      const row = rows[i]!;
      expect(row.id).toBe(`costs-${id}-${list.id}`);
      expect(text(row.querySelector('th'))).toBe(fw.shortTitle);
      const sum = linesTotal(list);
      const cells = row.querySelectorAll('td').map(text);
      expect(cells[2], `${list.id}: total of the lines`).toBe(pounds(sum));
      expect(cells[3], `${list.id}: total as published`).toContain(
        list.publishedTotal === undefined ? 'Not stated' : pounds(list.publishedTotal),
      );
      expect(cells[3]!.includes('does not match the lines'), `${list.id}: flagged when the totals differ`).toBe(
        list.publishedTotal !== undefined && list.publishedTotal !== sum,
      );
    });
  });

  it('says of every price where it stands on VAT, in the words of its costs file, and "VAT not stated" where the file does not say', () => {
    const lists = priced.flatMap(({ id, costs }) => costs.priceLists.map((list) => ({ id, list })));
    for (const { id, list } of lists) {
      const terms = text(main.querySelector(`#costs-${id}-${list.id} [data-label="Terms"]`));
      const vat =
        list.vat === 'plus-vat' ? 'plus VAT' : list.vat === 'including-vat' ? 'including VAT' : 'VAT not stated';
      expect(terms.split('; '), `${id}/${list.id}`).toContain(vat);
    }
    // Neither seed mentions VAT, membership or expenses, so no real price claims them.
    expect(text(main.querySelector('tbody'))).not.toMatch(/plus VAT|including VAT|plus expenses|members' price/i);
  });

  it('says in a notice, for each price list whose published total differs from its lines, both totals', () => {
    const mismatched = priced.flatMap(({ fw, costs }) =>
      costs.priceLists
        .map((list) => ({ fw, list, sum: linesTotal(list) }))
        .filter(({ list, sum }) => list.publishedTotal !== undefined && list.publishedTotal !== sum),
    );
    expect(mismatched.length, 'the West Midlands Level 2 list does not add up in the source').toBeGreaterThan(0);
    const notices = main.querySelectorAll('.notice--inconsistency').map(text);
    expect(notices).toHaveLength(mismatched.length);
    mismatched.forEach(({ fw, list, sum }, i) => {
      expect(notices[i]).toMatch(new RegExp(`^Inconsistency in the source: ${fw.shortTitle}, `));
      expect(notices[i]).toContain(pounds(list.publishedTotal!));
      expect(notices[i]).toContain(pounds(sum));
    });
  });

  it('lists every recurring fee as published, and says which frameworks publish no costs', () => {
    const fees = priced.flatMap(({ costs }) => costs.recurringFees);
    expect(fees.length).toBeGreaterThan(0);
    for (const fee of fees)
      expect(text(main)).toContain(`${fee.activity}: ${pounds(fee.amount)} a ${fee.period} (“${fee.asPublished}”)`);
    const unpriced = [...catalog.frameworks].filter(([id]) => !catalog.costsByFramework.has(id));
    expect(unpriced.length).toBeGreaterThan(0);
    for (const [id, fw] of unpriced) {
      const item = main.querySelectorAll('li').find((li) => li.querySelector(`a[href="${paths.framework(id)}"]`));
      expect(text(item), id).toBe(`${fw.data.shortTitle}: Not stated in the source`);
    }
  });
});

describe('downloads', () => {
  it('matrix CSV: every mapped standard and every gap, parsed back, matches the content', () => {
    const rows = csv(paths.compareDownload('matrix', 'csv'));
    for (const fw of frameworks) {
      const mapping = catalog.mappingsByFramework.get(fw.id);
      // A mapping names a standard by slug; the CSV prints its number (empty for an unnumbered one) and title.
      const printed = (slug: string) => {
        const { standard } = catalog.standards.get(`${fw.id}/${slug}`)!;
        return `${standard.number ?? ''}|${standard.title}`;
      };
      const expected = (mapping?.data.mappings ?? [])
        .flatMap((m) =>
          m.topics.map((t) => `${t.topic.id}|${printed(m.standard)}|${t.relationship}|${t.rationale ?? ''}`),
        )
        .sort();
      const found = rows
        .filter((r) => r['Framework identifier'] === fw.id && r['Coverage'] === 'covered')
        .map(
          (r) =>
            `${r['Topic identifier']}|${r['Standard number']}|${r['Standard']}|${r['Relationship (NIST IR 8477 term)']}|${r['Why']}`,
        )
        .sort();
      expect(found, fw.id).toEqual(expected);
      const gaps = rows
        .filter((r) => r['Framework identifier'] === fw.id && r['Coverage'] === 'not-covered')
        .map((r) => r['Topic identifier'])
        .sort();
      expect(gaps).toEqual((mapping?.data.notCovered ?? []).map((t) => t.id).sort());
    }
    expect(new Set(rows.map((r) => r['Topic identifier']))).toEqual(new Set(catalog.topics.keys()));
  });

  it('matrix JSON has a cell for every topic and framework', () => {
    const data = json(paths.compareDownload('matrix', 'json'));
    expect(data.topics).toHaveLength(catalog.topics.size);
    for (const t of data.topics)
      expect(t.frameworks.map((f: { framework: string }) => f.framework)).toEqual(frameworks.map((f) => f.id));
  });

  it('costs CSV: a row per price list, with the sum of its lines and the first year with the recurring fees, as the costs file states them', () => {
    const rows = csv(paths.compareDownload('costs', 'csv'));
    const lists = [...catalog.costsByFramework].flatMap(([id, { data }]) =>
      data.priceLists.map((list) => ({ id, list, fees: data.recurringFees })),
    );
    expect(rows).toHaveLength(lists.length);
    for (const { id, list, fees } of lists) {
      // The real costs state no VAT or membership terms, so every line and yearly fee adds up plainly.
      expect(
        [list, ...fees].some((p) => p.vat || p.membership || p.plusExpenses),
        `${id}/${list.id} terms`,
      ).toBe(false);
      const row = rows.find((r) => r['Framework identifier'] === id && r['Price list'] === list.title)!;
      expect(row, `${id}/${list.id}`).toBeDefined();
      const sum = linesTotal(list);
      const firstYear = sum + fees.filter((f) => f.period === 'year').reduce((n, f) => n + f.amount, 0);
      expect(Number(row['Total of the lines (£)'])).toBe(sum);
      expect(row['Total of the lines, with its terms']).toBe(pounds(sum));
      expect(row['Published total (£)']).toBe(String(list.publishedTotal ?? ''));
      expect(Number(row['First year with recurring fees (£)']), `${list.id}: first year`).toBe(firstYear);
      expect(row['First year with recurring fees, with its terms']).toBe(pounds(firstYear));
      expect(row['Lines as published']).toBe(list.lines.map((l) => l.asPublished).join(' | '));
      expect(row['Note'] !== '', `${list.id}: noted when the totals differ`).toBe(
        list.publishedTotal !== undefined && list.publishedTotal !== sum,
      );
    }
    expect(
      lists.some(({ fees }) => fees.length > 0),
      'some price list has a yearly fee',
    ).toBe(true);
  });

  it('pair CSVs and stages CSV parse back with a row per topic and per stage', () => {
    for (const [a, b] of realFrameworkPairs()) {
      const rows = csv(paths.comparePairDownload(a.id, b.id, 'csv'));
      expect(rows.map((r) => r['Topic identifier'])).toEqual(topics.map((t) => t.id));
    }
    const stages = csv(paths.compareDownload('stages', 'csv'));
    expect(stages.map((r) => `${r['Framework identifier']}|${r['Stage']}`).sort()).toEqual(
      frameworks.flatMap((f) => f.data.stages.map((s) => `${f.id}|${s.title}`)).sort(),
    );
  });

  it("each framework's standards JSON lists every standard with its topics", () => {
    for (const fw of frameworks) {
      const data = json(paths.standardsJson(fw.id));
      // By id (framework/slug), in the framework file's order: a standard goes by its own slug, else by its
      // number (the real numbers, digits and dots, are their own slugs); it need not have a number.
      const slugs = fw.data.themes.flatMap((t) => t.standards).map((s) => s.slug ?? s.number!);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
      expect(data.standards.map((s: { id: string }) => s.id)).toEqual(slugs.map((slug) => `${fw.id}/${slug}`));
      for (const [i, s] of data.standards.entries())
        expect(
          s.topics.map((t: { id: string }) => t.id),
          s.id,
        ).toEqual(mappedTopics(fw.id, slugs[i]!).map((t) => t.topic.id));
    }
  });
});
