/**
 * What the built pages give search: which pages are indexed and with what, the header's search
 * box, the search page's form and its message for browsers without JavaScript, and no inline script.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/records';
import { SEARCH_FILTERS } from '../../src/lib/search/vocabulary';
import type { StandardRecord } from '../../src/lib/catalog/catalog';
import type { Entry, Framework } from '../../src/lib/catalog/types';
import { paths } from '../../src/lib/common/urls';
import { realCatalog, realFrameworkPairs } from '../helpers/content';
import { DIST, page, text } from '../helpers/dist';

const catalog = realCatalog();
// Every expected record below holds only while each real framework is its charter's only edition
// (a standard of a replaced edition is left out of search; a register page covers every edition):
// realFrameworkPairs checks that, so the register of a charter is the register of one framework.
const pairs = realFrameworkPairs();

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'pagefind'
        ? []
        : htmlFiles(join(dir, d.name))
      : d.name.endsWith('.html')
        ? [join(dir, d.name)]
        : [],
  );
const sitePath = (file: string) => `/${relative(DIST, file)}`.replace(/index\.html$/, '');

type ExpectedRecord = Pick<SearchRecord, 'title' | 'filters'>;

const unique = (values: string[]) => [...new Set(values)];
const regionName = (id: string) => catalog.regions.get(id)!.data.name;
const regionsOf = (fw: Framework) => fw.regions.map((r) => regionName(r.id));
const frameworkOf = (id: string) => catalog.frameworks.get(id)!;
/** Frameworks A–Z by short title (en-GB): the order a page lists several in. */
const byShortTitle = (a: Entry<Framework>, b: Entry<Framework>) =>
  a.data.shortTitle.localeCompare(b.data.shortTitle, 'en-GB');
/** An edition marked superseded says so in every result title of its own pages. */
const edition = (fw: Framework, title: string) =>
  fw.status === 'superseded' ? `${title} (superseded edition)` : title;

/**
 * A record as a reader sees it: the page's title after the names of its regions ("East Midlands and
 * London · …"; no prefix without a region), and its filters by the names content gives them, each once.
 */
function expected(
  type: SearchRecord['filters']['type'][number],
  title: string,
  about: { regions: string[]; frameworks?: string[]; levels?: string[]; topics?: string[] },
): ExpectedRecord {
  const regions = unique(about.regions);
  return {
    title: regions.length ? `${regions.join(' and ')} · ${title}` : title,
    filters: {
      region: regions,
      framework: unique(about.frameworks ?? []),
      type: [type],
      level: unique(about.levels ?? []),
      topic: unique(about.topics ?? []),
    },
  };
}

/**
 * A standard's record as its content states it: the framework's regions and short title, the levels it
 * applies to (all of them when it names none) and the topics its mapping gives it, in the mapping's order.
 * Written from the content files, not by the module that built the page, so a filter dropped from the
 * records (the standards' topics) goes red.
 */
function standardRecord({ frameworkId, slug, standard }: StandardRecord): ExpectedRecord {
  const fw = frameworkOf(frameworkId).data;
  const mapped = catalog.mappingsByFramework.get(frameworkId)?.data.mappings.find((m) => m.standard === slug);
  const label = `${standard.number === undefined ? '' : `${standard.number} `}${standard.title}`;
  return expected('Standard', edition(fw, label), {
    regions: regionsOf(fw),
    frameworks: [fw.shortTitle],
    levels: fw.levels.filter((l) => !standard.level || l.id === standard.level).map((l) => l.name),
    topics: (mapped?.topics ?? []).map((t) => catalog.topics.get(t.topic.id)!.data.name),
  });
}

/** A framework's page: its regions, its short title and every level it names. */
function frameworkRecord(id: string): ExpectedRecord {
  const fw = frameworkOf(id).data;
  return expected('Framework', edition(fw, fw.title), {
    regions: regionsOf(fw),
    frameworks: [fw.shortTitle],
    levels: fw.levels.map((l) => l.name),
  });
}

/** A framework's costs page: filed under the levels its costs file has a price list for, in the framework's order. */
function costsRecord(id: string): ExpectedRecord {
  const fw = frameworkOf(id).data;
  const priced = new Set(catalog.costsByFramework.get(id)!.data.priceLists.map((list) => list.level));
  return expected('Costs', edition(fw, `Costs: ${fw.shortTitle}`), {
    regions: regionsOf(fw),
    frameworks: [fw.shortTitle],
    levels: fw.levels.filter((l) => priced.has(l.id)).map((l) => l.name),
  });
}

/**
 * A council's page: its region, and every charter its strategies, then its action plans, then its
 * register entries name.
 */
function councilRecord(id: string): ExpectedRecord {
  const council = catalog.councils.get(id)!.data;
  const named = [
    ...catalog.entries.strategies.filter((s) => s.data.council.id === id).flatMap((s) => s.data.charters),
    ...catalog.entries.actionPlans.filter((p) => p.data.council.id === id).map((p) => p.data),
    ...catalog.entries.register.filter((e) => e.data.council.id === id).map((e) => e.data),
  ];
  return expected('Council', council.name, {
    regions: [regionName(council.region.id)],
    frameworks: named.map((n) => frameworkOf(n.framework.id).data.shortTitle),
  });
}

/** A strategy or action plan: "Council: its title", in the council's region, under the charters it names. */
function councilDocumentRecord(
  type: 'Strategy' | 'Action plan',
  councilId: string,
  title: string,
  frameworkIds: string[],
): ExpectedRecord {
  const council = catalog.councils.get(councilId)!.data;
  return expected(type, `${council.name}: ${title}`, {
    regions: [regionName(council.region.id)],
    frameworks: frameworkIds.map((id) => frameworkOf(id).data.shortTitle),
  });
}

/**
 * A topic's page: under every framework whose mapping maps a standard to the topic (A–Z by short
 * title) and those frameworks' regions; a framework that lists no standards covers nothing.
 */
function topicRecord(id: string): ExpectedRecord {
  const covering = [...catalog.frameworks.values()]
    .filter((fw) => fw.data.themes.length > 0)
    .filter((fw) =>
      catalog.mappingsByFramework.get(fw.id)?.data.mappings.some((m) => m.topics.some((t) => t.topic.id === id)),
    )
    .sort(byShortTitle);
  const name = catalog.topics.get(id)!.data.name;
  return expected('Topic', `Topic: ${name}`, {
    regions: covering.flatMap((fw) => regionsOf(fw.data)),
    frameworks: covering.map((fw) => fw.data.shortTitle),
    topics: [name],
  });
}

/** A comparison page: under every framework it compares, in the order given, and their regions. */
const comparisonRecord = (title: string, frameworks: Entry<Framework>[]): ExpectedRecord =>
  expected('Comparison', title, {
    regions: frameworks.flatMap((fw) => regionsOf(fw.data)),
    frameworks: frameworks.map((fw) => fw.data.shortTitle),
  });

/** A charter's register page: the charter's own regions, then those of the councils its entries name. */
function registerRecord(frameworkId: string): ExpectedRecord {
  const fw = frameworkOf(frameworkId).data;
  const councils = catalog.entries.register
    .filter((e) => e.data.framework.id === frameworkId)
    .map((e) => catalog.councils.get(e.data.council.id)!.data);
  return expected('Accreditation register', `Accreditation register: ${fw.shortTitle}`, {
    regions: [...regionsOf(fw), ...councils.map((c) => regionName(c.region.id))],
    frameworks: [fw.shortTitle],
  });
}

const frameworks = [...catalog.frameworks.values()];

/** Every page that belongs in search, with the record it must carry. */
const indexed = new Map<string, ExpectedRecord>([
  ...[...catalog.standards.values()].map((r) => [paths.standard(r.frameworkId, r.slug), standardRecord(r)] as const),
  ...frameworks.map((fw) => [paths.framework(fw.id), frameworkRecord(fw.id)] as const),
  ...[...catalog.costsByFramework.keys()].map((id) => [paths.costs(id), costsRecord(id)] as const),
  ...[...catalog.councils.keys()].map((id) => [paths.council(id), councilRecord(id)] as const),
  ...catalog.entries.strategies.map(
    (s) =>
      [
        paths.strategy(s.data.council.id, s.id),
        councilDocumentRecord(
          'Strategy',
          s.data.council.id,
          s.data.title,
          s.data.charters.map((c) => c.framework.id),
        ),
      ] as const,
  ),
  ...catalog.entries.actionPlans.map(
    (p) =>
      [
        paths.actionPlan(p.data.council.id, p.id),
        councilDocumentRecord('Action plan', p.data.council.id, p.data.title, [p.data.framework.id]),
      ] as const,
  ),
  ...[...catalog.topics.keys()].map((id) => [paths.topic(id), topicRecord(id)] as const),
  ...pairs.map(
    ([a, b]) =>
      [
        paths.comparePair(a.id, b.id),
        comparisonRecord(`${a.data.shortTitle} and ${b.data.shortTitle} compared`, [a, b]),
      ] as const,
  ),
  [
    paths.compareCosts(),
    comparisonRecord(
      'Costs compared',
      frameworks.filter((fw) => catalog.costsByFramework.get(fw.id)?.data.priceLists.length).sort(byShortTitle),
    ),
  ],
  [
    paths.compareStages(),
    comparisonRecord('Stages compared', frameworks.filter((fw) => fw.data.stages.length > 0).sort(byShortTitle)),
  ],
  // A charter's register page is indexed once a council is on it.
  ...unique(catalog.entries.register.map((e) => e.data.framework.id)).map(
    (id) => [paths.registerOfCharter(id), registerRecord(id)] as const,
  ),
]);

describe('pages in the search index', () => {
  const files = htmlFiles(DIST);

  it('only standards, frameworks, costs, councils, strategies, action plans, topics, comparisons and registers mark their main content for indexing', () => {
    const marked = files.filter((f) => page(sitePath(f) || '/').querySelector('[data-pagefind-body]')).map(sitePath);
    expect(marked.sort()).toEqual([...indexed.keys()].sort());
    for (const path of marked) expect(page(path).querySelector('[data-pagefind-body]')?.tagName, path).toBe('MAIN');
  });

  it('has standards filed under topics, so the topic filter finds them', () => {
    expect(
      [...indexed.values()].filter((r) => r.filters.type[0] === 'Standard' && r.filters.topic.length > 0).length,
    ).toBeGreaterThan(0);
  });

  it.each([...indexed.entries()])('%s carries its title, type and filters', (path, record) => {
    const main = page(path).querySelector('main')!;
    const value = (selector: string) => main.querySelectorAll(selector).map((el) => el.getAttribute('data-value'));
    expect(value('[data-pagefind-meta="title[data-value]"]')).toEqual([record.title]);
    for (const filter of SEARCH_FILTERS)
      expect(value(`[data-pagefind-filter="${filter}[data-value]"]`), filter).toEqual(record.filters[filter]);
  });

  it("leaves a standard page's links to neighbouring standards out of its text", () => {
    expect(
      page(paths.standard('east-midlands', '2.9')).querySelector('nav.pager')?.hasAttribute('data-pagefind-ignore'),
    ).toBe(true);
  });

  it('has no inline script on any page, so a Content-Security-Policy without unsafe-inline allows the site', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const script of page(sitePath(file) || '/').querySelectorAll('script')) {
        expect(script.getAttribute('src'), `${sitePath(file)}: ${script.toString().slice(0, 80)}`).toBeTruthy();
      }
    }
  });
});

describe('search box and search page', () => {
  it.each([paths.home(), paths.standard('east-midlands', '2.9'), '/404.html'])(
    '%s has a labelled search box that submits to the search page',
    (path) => {
      const form = page(path).querySelector('header form[role="search"]')!;
      expect(form.getAttribute('action')).toBe(paths.search());
      expect(form.getAttribute('method')).toBe('get');
      const input = form.querySelector('input[name="q"]')!;
      expect(text(form.querySelector(`label[for="${input.id}"]`))).toBe('Search');
    },
  );

  it('the search page labels every control, announces results and explains itself without JavaScript', () => {
    const doc = page(paths.search());
    const form = doc.querySelector('main form[role="search"]')!;
    const controls = form.querySelectorAll('input, select');
    expect(controls.length).toBeGreaterThan(SEARCH_FILTERS.length);
    for (const control of controls) {
      expect(text(form.querySelector(`label[for="${control.id}"]`)), control.id).not.toBe('');
    }
    expect(form.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual([...SEARCH_FILTERS, 'sort']);
    expect(doc.querySelector('[role="status"]')).not.toBeNull();
    const fallback = doc.querySelector('[data-search-fallback]')!;
    expect(fallback.hasAttribute('hidden')).toBe(false);
    expect(fallback.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      paths.frameworks(),
      paths.regions(),
      paths.councils(),
      paths.register(),
      paths.topics(),
      paths.compare(),
    ]);
    expect(text(fallback.querySelector('h2'))).toBe('Search needs JavaScript');
    // Every link and its neighbouring words are separated by spaces ("councilswith" ran together).
    for (const link of fallback.querySelectorAll('a'))
      expect(text(link.parentNode as never), link.text).toMatch(new RegExp(`(^|\\s)${link.text}([\\s,.]|$)`));
    expect(doc.querySelectorAll('script').map((s) => s.getAttribute('src'))).toHaveLength(1);
  });
});

describe('pages that list content indexed elsewhere', () => {
  it.each([
    paths.topic('induction'),
    paths.comparePair('east-midlands', 'south-east'),
    paths.compareCosts(),
    paths.compareStages(),
  ])(
    "%s is found by its title and summary; its listings are left out so the standards' own pages rank first",
    (path) => {
      const main = page(path).querySelector('main')!;
      expect(main.querySelector('[data-pagefind-ignore] table')).not.toBeNull();
      expect(main.querySelector('h1')?.closest('[data-pagefind-ignore]')).toBeNull();
    },
  );
});
