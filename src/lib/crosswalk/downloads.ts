/**
 * The crosswalk's downloads (tables for CSV and the spreadsheet, and JSON): the topic matrix, each
 * pair comparison, the stages side by side and each framework's standards with their topics, shaped
 * from the same crosswalk that drives the pages.
 */
import { timingRules } from '../catalog/timing';
import { levelRequirements, stepsOf } from '../catalog/listings';
import type { Catalog, StandardRecord } from '../catalog/catalog';
import { standardLabel, standardShortName } from '../catalog/labels';
import type { Link, Table } from '../common/tables';
import {
  COVERAGE_LABELS,
  RELATIONSHIP_LABELS,
  comparePair,
  matrix,
  standardsWithTopics,
  type Coverage,
  type Crosswalk,
} from './crosswalk';
import { stageAlignment, stepLabel } from './stages';
import { NOT_STATED_IN_SOURCE } from '../catalog/wording';
import { paths } from '../common/urls';

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
          description: stage.description ?? NOT_STATED_IN_SOURCE,
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
