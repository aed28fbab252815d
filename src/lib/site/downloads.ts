/**
 * The comparison downloads (tables for CSV and the spreadsheet, and JSON), shaped from the same
 * crosswalk that drives the pages. CSV is written by the site's one CSV writer (./csv), which also
 * neutralises formulas; ./download-files.ts writes every download and knows its size.
 */
import { timingRules } from '../catalog/timing';
import { levelRequirements, stepsOf } from '../catalog/listings';
import type { Catalog, StandardRecord } from '../catalog/catalog';
import { standardLabel, standardShortName } from '../catalog/labels';
import {
  FREQUENCY_WORDS,
  MEMBERSHIP_WORDS,
  priceWithTerms,
  sumAmount,
  sumText,
  vatStanding,
  type PriceTerms,
  type Sum,
} from '../costs/terms';
import ExcelJS from 'exceljs';
import { writeCsv } from './csv';
import {
  COVERAGE_LABELS,
  RELATIONSHIP_LABELS,
  comparePair,
  matrix,
  standardsWithTopics,
  type Coverage,
  type Crosswalk,
} from '../crosswalk/crosswalk';
import { PATHWAY_WORDS, costComparison } from '../costs/comparison';
import { NOT_STATED } from '../catalog/wording';
import { stageAlignment, stepLabel } from '../crosswalk/stages';
import { paths } from './urls';

/** Turns a site path into the absolute address a download should carry. */
export type Link = (path: string) => string;

/**
 * A table for CSV and spreadsheet downloads: each column's key with its heading in words a council
 * officer reads (the header row), in column order, and one record per row.
 */
export interface Table<C extends string = string> {
  columns: Readonly<Record<C, string>>;
  rows: Record<C, string | number>[];
}

/** The header row and the rows as cells, in column order. */
export const tableCells = (table: Table): { header: string[]; rows: (string | number)[][] } => {
  const keys = Object.keys(table.columns);
  return { header: Object.values(table.columns), rows: table.rows.map((row) => keys.map((k) => row[k] ?? '')) };
};

export function toCsv(table: Table): string {
  const { header, rows } = tableCells(table);
  return writeCsv(header, rows);
}

/**
 * A table as an Excel workbook (exceljs): one sheet, the headings in bold on a frozen first row.
 * Every text cell is a string cell formatted as text ("@"), so an identifier such as "2.10" stays
 * "2.10" (a spreadsheet opening the CSV reads it as the number 2.1) and "=1+1" is never a formula.
 */
export async function toXlsx(table: Table, sheetName: string): Promise<Uint8Array<ArrayBuffer>> {
  const { header, rows } = tableCells(table);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const cells of rows) {
    const row = sheet.addRow(cells);
    cells.forEach((value, i) => {
      if (typeof value === 'string') row.getCell(i + 1).numFmt = '@';
    });
  }
  header.forEach((heading, i) => {
    const widest = Math.max(heading.length, ...rows.map((r) => String(r[i]).length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, widest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const statusWords = (c: Coverage) => (c.status === 'covered' ? 'Covered' : COVERAGE_LABELS[c.status].words);

const MATRIX_COLUMNS = {
  topic_id: 'Topic identifier',
  topic: 'Topic',
  framework_id: 'Framework identifier',
  framework: 'Framework',
  status: 'Coverage',
  standard: 'Standard number',
  standard_title: 'Standard',
  relationship: 'Relationship (NIST IR 8477 term)',
  relationship_in_words: 'How the standard relates to the topic',
  rationale: 'Why',
  standard_url: 'Standard page',
} as const;

/** One row per topic, framework and standard on it; a topic a framework does not cover gets one row saying why. */
export function matrixTable(crosswalk: Crosswalk, link: Link): Table<keyof typeof MATRIX_COLUMNS> {
  const rows = matrix(crosswalk).flatMap(({ topic, cells }) =>
    cells.flatMap((cell, i) => {
      const fw = crosswalk.frameworks[i]!;
      const base = {
        topic_id: topic.id,
        topic: topic.data.name,
        framework_id: fw.id,
        framework: fw.data.shortTitle,
        status: cell.status,
      };
      if (cell.status !== 'covered') {
        return [
          {
            ...base,
            standard: '',
            standard_title: '',
            relationship: '',
            relationship_in_words: statusWords(cell),
            rationale: '',
            standard_url: '',
          },
        ];
      }
      return cell.links.map((l) => ({
        ...base,
        standard: l.standard.standard.number ?? '',
        standard_title: l.standard.standard.title,
        relationship: l.relationship,
        relationship_in_words: RELATIONSHIP_LABELS[l.relationship].toTopic,
        rationale: l.rationale ?? '',
        standard_url: link(paths.standard(fw.id, l.standard.slug)),
      }));
    }),
  );
  return { columns: MATRIX_COLUMNS, rows };
}

export function matrixJson(crosswalk: Crosswalk, link: Link) {
  return {
    description:
      'Topics × frameworks: which standards of each framework cover each topic, with NIST IR 8477 relationships (standard to topic).',
    frameworks: crosswalk.frameworks.map((fw) => ({
      id: fw.id,
      title: fw.data.title,
      shortTitle: fw.data.shortTitle,
      url: link(paths.framework(fw.id)),
    })),
    topics: matrix(crosswalk).map(({ topic, cells }) => ({
      id: topic.id,
      name: topic.data.name,
      description: topic.data.description,
      url: link(paths.topic(topic.id)),
      frameworks: cells.map((cell, i) => ({
        framework: crosswalk.frameworks[i]!.id,
        status: cell.status,
        standards:
          cell.status === 'covered'
            ? cell.links.map((l) => ({
                ...numbered(l.standard),
                relationship: l.relationship,
                ...(l.rationale ? { rationale: l.rationale } : {}),
              }))
            : [],
      })),
    })),
  };
}

/** A standard in a JSON download: its number as printed (null where the source gives none), slug and title. */
const numbered = (record: StandardRecord) => ({
  number: record.standard.number ?? null,
  slug: record.slug,
  title: record.standard.title,
});

const PAIR_COLUMNS = {
  topic_id: 'Topic identifier',
  topic: 'Topic',
  first_framework: 'First framework',
  first_status: 'Coverage in the first framework',
  first_standards: 'Standards of the first framework',
  second_framework: 'Second framework',
  second_status: 'Coverage in the second framework',
  second_standards: 'Standards of the second framework',
  how_they_relate: 'How they relate',
} as const;

const standardsCell = (c: Coverage) =>
  c.status === 'covered'
    ? c.links.map((l) => `${standardLabel(l.standard.standard)} (${l.relationship})`).join('; ')
    : '';

export function pairTable(crosswalk: Crosswalk, firstId: string, secondId: string): Table<keyof typeof PAIR_COLUMNS> {
  const pair = comparePair(crosswalk, firstId, secondId);
  return {
    columns: PAIR_COLUMNS,
    rows: pair.rows.map((row) => ({
      topic_id: row.topic.id,
      topic: row.topic.data.name,
      first_framework: pair.first.data.shortTitle,
      first_status: statusWords(row.first),
      first_standards: standardsCell(row.first),
      second_framework: pair.second.data.shortTitle,
      second_status: statusWords(row.second),
      second_standards: standardsCell(row.second),
      how_they_relate: row.relations
        .map(
          (r) =>
            `${standardShortName(r.from.standard)} ${RELATIONSHIP_LABELS[r.relation].between} ${standardShortName(r.to.standard)}`,
        )
        .join('; '),
    })),
  };
}

export function pairJson(crosswalk: Crosswalk, firstId: string, secondId: string, link: Link) {
  const pair = comparePair(crosswalk, firstId, secondId);
  const fw = (f: typeof pair.first) => ({ id: f.id, title: f.data.title, url: link(paths.framework(f.id)) });
  const side = (c: Coverage) => ({
    status: c.status,
    standards:
      c.status === 'covered' ? c.links.map((l) => ({ ...numbered(l.standard), relationship: l.relationship })) : [],
  });
  return {
    first: fw(pair.first),
    second: fw(pair.second),
    topics: pair.rows.map((row) => ({
      id: row.topic.id,
      name: row.topic.data.name,
      first: side(row.first),
      second: side(row.second),
      // By slug: the one name every standard has (a numbered standard's is its number made safe).
      relations: row.relations.map((r) => ({ from: r.from.slug, to: r.to.slug, relation: r.relation })),
    })),
    onlyFirst: pair.onlyFirst.map((r) => r.topic.id),
    onlySecond: pair.onlySecond.map((r) => r.topic.id),
    stages: pair.stages.rows.map((row) => ({
      step: row.step ?? null,
      first: row.stages[0]!.map((s) => s.title),
      second: row.stages[1]!.map((s) => s.title),
    })),
  };
}

// The terms columns say what each price is subject to, so a "plus VAT" total is never read as equal to one
// that includes VAT or does not say: the *_text columns carry the terms with the amount ("£3,000 plus VAT").
const COST_COLUMNS = {
  framework_id: 'Framework identifier',
  framework: 'Framework',
  level: 'Level',
  pathway: 'Pathway',
  price_list: 'Price list',
  prices_dated: 'Prices dated (as published)',
  lines_total: 'Total of the lines (£)',
  published_total: 'Published total (£)',
  difference: 'Published total less total of the lines (£)',
  recurring_per_year: 'Recurring fees a year (£)',
  first_year_total: 'First year with recurring fees (£)',
  lines_total_text: 'Total of the lines, with its terms',
  published_total_text: 'Published total, with its terms',
  note: 'Note',
  lines_as_published: 'Lines as published',
  vat: 'VAT',
  plus_expenses: 'Expenses',
  membership: 'Whose price',
  frequency: 'How often',
  recurring_per_year_text: 'Recurring fees a year, with their terms',
  first_year_text: 'First year with recurring fees, with its terms',
} as const;

export function costsTable(catalog: Catalog): Table<keyof typeof COST_COLUMNS> {
  return {
    columns: COST_COLUMNS,
    rows: costComparison(catalog).flatMap(({ rows }) =>
      rows.map((row) => ({
        framework_id: row.framework.id,
        framework: row.framework.data.shortTitle,
        level: row.levelName ?? '',
        pathway: PATHWAY_WORDS[row.pathway],
        price_list: row.list.title,
        prices_dated: row.list.published?.asPublished ?? '',
        lines_total: row.totals.computed,
        published_total: row.totals.published ?? '',
        difference: row.totals.difference,
        recurring_per_year: sumAmount(row.recurringPerYear),
        first_year_total: sumAmount(row.firstYear),
        lines_total_text: priceWithTerms(row.totals.computed, row.list),
        published_total_text:
          row.totals.published === undefined ? NOT_STATED : priceWithTerms(row.totals.published, row.list),
        note: row.inconsistency ?? '',
        lines_as_published: row.list.lines.map((l) => l.asPublished).join(' | '),
        vat: vatStanding(row.list),
        plus_expenses: row.list.plusExpenses ? 'plus expenses' : '',
        membership: row.list.membership ? MEMBERSHIP_WORDS[row.list.membership] : '',
        frequency: row.list.frequency ? FREQUENCY_WORDS[row.list.frequency] : '',
        recurring_per_year_text: sumText(row.recurringPerYear),
        first_year_text: sumText(row.firstYear),
      })),
    ),
  };
}

/** The terms exactly as the content states them; null where the source does not say. */
const termsJson = (terms: PriceTerms) => ({
  vat: terms.vat ?? null,
  plusExpenses: terms.plusExpenses ?? null,
  membership: terms.membership ?? null,
});
const sumJson = (sum: Sum | undefined) =>
  !sum ? null : sum.kind === 'total' ? { amount: sum.amount, text: sum.text } : { amount: null, text: sum.reason };

export function costsJson(catalog: Catalog) {
  return costComparison(catalog).map(({ framework, costs, rows }) => ({
    framework: framework.id,
    currency: costs?.data.currency ?? null,
    priceLists: rows.map((row) => ({
      id: row.list.id,
      title: row.list.title,
      level: row.levelName ?? null,
      // The source's date for these prices in the content's own shape; null where it gives none.
      published: row.list.published ?? null,
      pathway: row.pathway,
      ...termsJson(row.list),
      frequency: row.list.frequency ?? null,
      linesTotal: row.totals.computed,
      linesTotalText: priceWithTerms(row.totals.computed, row.list),
      publishedTotal: row.totals.published ?? null,
      inconsistency: row.inconsistency ?? null,
      recurringPerYear: sumJson(row.recurringPerYear),
      firstYear: sumJson(row.firstYear),
      lines: row.list.lines.map((l) => ({
        activity: l.activity,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        asPublished: l.asPublished,
      })),
    })),
    recurringFees: (costs?.data.recurringFees ?? []).map((f) => ({
      activity: f.activity,
      amount: f.amount,
      period: f.period,
      ...termsJson(f),
      asPublished: f.asPublished,
    })),
  }));
}

const STAGE_COLUMNS = {
  step: 'Common step',
  framework_id: 'Framework identifier',
  framework: 'Framework',
  stage_number: 'Stage number',
  stage: 'Stage',
  description: 'Description',
} as const;

export function stagesTable(crosswalk: Crosswalk): Table<keyof typeof STAGE_COLUMNS> {
  const alignment = stageAlignment(crosswalk.frameworks);
  return {
    columns: STAGE_COLUMNS,
    rows: alignment.rows.flatMap((row) =>
      row.stages.flatMap((stages, i) =>
        stages.map((stage) => ({
          step: stepLabel(row.step),
          framework_id: alignment.frameworks[i]!.id,
          framework: alignment.frameworks[i]!.data.shortTitle,
          stage_number: stage.number ?? '',
          stage: stage.title,
          description: stage.description ?? PATHWAY_WORDS['not-stated'],
        })),
      ),
    ),
  };
}

export function stagesJson(crosswalk: Crosswalk) {
  return crosswalk.frameworks.map((fw) => ({
    framework: fw.id,
    stages: fw.data.stages.map((s) => ({
      steps: stepsOf(s),
      number: s.number ?? null,
      title: s.title,
      description: s.description ?? null,
    })),
    reassessment: fw.data.reassessment ?? null,
    timing: timingRules(fw.data),
  }));
}

/** A framework's standards with their topics: the machine-readable download on each framework. */
export function standardsJson(catalog: Catalog, crosswalk: Crosswalk, frameworkId: string, link: Link) {
  const fw = catalog.frameworks.get(frameworkId)!;
  const mapping = catalog.mappingsByFramework.get(frameworkId);
  return {
    framework: { id: fw.id, title: fw.data.title, shortTitle: fw.data.shortTitle, url: link(paths.framework(fw.id)) },
    ...(fw.data.standardsNote ? { standardsNote: fw.data.standardsNote } : {}),
    standards: standardsWithTopics(catalog, crosswalk, frameworkId).map(({ record, links }) => ({
      id: record.id,
      ...numbered(record),
      // A flat list of standards has no theme: none is invented.
      theme:
        record.theme.title === undefined ? null : { number: record.theme.number ?? null, title: record.theme.title },
      ...(record.standard.level ? { level: record.standard.level } : {}),
      ...(record.standard.guidance ? { guidance: record.standard.guidance } : {}),
      ...(record.standard.evidence ? { evidence: record.standard.evidence } : {}),
      ...(record.standard.requirementsByLevel
        ? {
            requirementsByLevel: levelRequirements(fw.data, record.standard).map((r) => ({
              level: r.levelId,
              requirements: r.requirements,
            })),
          }
        : {}),
      url: link(paths.standard(fw.id, record.slug)),
      topics: links.map((l) => ({
        id: l.topic.id,
        name: l.topic.data.name,
        relationship: l.relationship,
        ...(l.rationale ? { rationale: l.rationale } : {}),
      })),
    })),
    notCovered: (mapping?.data.notCovered ?? []).map((t) => ({ id: t.id, name: catalog.topics.get(t.id)!.data.name })),
  };
}
