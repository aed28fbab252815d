/**
 * Checks the editorial topic mappings against the content they point at: every standard of every
 * framework mapped to at least one topic, every mapped standard and topic real, no topic both
 * mapped and listed as a gap, and every standard a strategy section names real.
 */
import { COLLECTIONS, collectionFolder } from '../../schemas/collections';
import { standardId, type StandardRecord } from '../catalog/catalog';
import type { CatalogProblem } from './references';
import { unknownEntryMessage, unknownStandardMessage } from './reference-messages';
import { standardSlug } from '../../schemas/standard-slug';
import { standardsPath } from '../../schemas/framework';
import type { EntriesByCollection, Entry, Framework, Topic } from '../catalog/types';

interface Known {
  frameworks: Map<string, Entry<Framework>>;
  topics: Map<string, Entry<Topic>>;
  standards: Map<string, StandardRecord>;
}

/** Where a framework's mapping file lives, for messages that tell a publisher what to edit. */
const mappingFileOf = (frameworkId: string) =>
  `${collectionFolder('mappings')}/${frameworkId}${COLLECTIONS.mappings.extension}`;

export function mappingProblems(entries: EntriesByCollection, known: Known): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const fileOf = (entry: Entry<unknown>) => entry.filePath ?? entry.id;
  const checkTopic = (id: string, entry: Entry<unknown>, path: string) => {
    if (!known.topics.has(id))
      problems.push({
        file: fileOf(entry),
        path,
        message: unknownEntryMessage(id, COLLECTIONS.topics.entry, known.topics.keys()),
      });
  };
  /** Standard ids mapped to at least one topic, by any mapping file. */
  const mapped = new Set<string>();

  for (const entry of entries.mappings) {
    const frameworkId = entry.data.framework.id;
    if (!known.frameworks.has(frameworkId)) {
      problems.push({
        file: fileOf(entry),
        path: 'framework',
        message: unknownEntryMessage(frameworkId, COLLECTIONS.frameworks.entry, known.frameworks.keys()),
      });
      continue;
    }
    const coveredTopics = new Map<string, string>();
    entry.data.mappings.forEach((m, i) => {
      const id = standardId(frameworkId, m.standard);
      if (!known.standards.has(id)) {
        problems.push({
          file: fileOf(entry),
          path: `mappings[${i}].standard`,
          message: unknownStandardMessage(known.standards, frameworkId, m.standard, `the framework "${frameworkId}"`),
        });
      } else if (mapped.has(id)) {
        problems.push({
          file: fileOf(entry),
          path: `mappings[${i}].standard`,
          message: `standard "${m.standard}" is mapped more than once; give all its topics in one entry`,
        });
      }
      mapped.add(id);
      const seen = new Set<string>();
      m.topics.forEach((link, j) => {
        checkTopic(link.topic.id, entry, `mappings[${i}].topics[${j}].topic`);
        if (seen.has(link.topic.id)) {
          problems.push({
            file: fileOf(entry),
            path: `mappings[${i}].topics[${j}].topic`,
            message: `topic "${link.topic.id}" is given twice for standard "${m.standard}"`,
          });
        }
        seen.add(link.topic.id);
        if (!coveredTopics.has(link.topic.id)) coveredTopics.set(link.topic.id, m.standard);
      });
    });
    entry.data.notCovered.forEach((topic, k) => {
      checkTopic(topic.id, entry, `notCovered[${k}]`);
      const standard = coveredTopics.get(topic.id);
      if (standard) {
        problems.push({
          file: fileOf(entry),
          path: `notCovered[${k}]`,
          message: `topic "${topic.id}" is listed as not covered, but standard "${standard}" is mapped to it`,
        });
      }
    });
  }

  for (const entry of entries.frameworks) {
    entry.data.themes.forEach((theme, t) =>
      theme.standards.forEach((standard, s) => {
        const slug = standardSlug(standard);
        if (mapped.has(standardId(entry.id, slug))) return;
        problems.push({
          file: fileOf(entry),
          path: `${standardsPath(theme, t)}[${s}].${standard.number === undefined ? 'slug' : 'number'}`,
          message: `standard ${standard.number === undefined ? '' : `${standard.number} `}"${standard.title}" is not mapped to any topic; map it${standard.number === slug ? '' : ` (standard: "${slug}")`} in ${mappingFileOf(entry.id)}`,
        });
      }),
    );
  }

  for (const entry of entries.strategies) {
    const check = (ids: string[], path: string) =>
      ids.forEach((id, j) => {
        if (known.standards.has(id)) return;
        const [frameworkId = '', slug = ''] = id.split('/');
        const message = known.frameworks.has(frameworkId)
          ? unknownStandardMessage(known.standards, frameworkId, slug, `the framework "${frameworkId}"`)
          : unknownEntryMessage(frameworkId, COLLECTIONS.frameworks.entry, known.frameworks.keys());
        problems.push({ file: fileOf(entry), path: `${path}.standards[${j}]`, message: `"${id}": ${message}` });
      });
    entry.data.sections.forEach((section, i) => {
      check(section.standards, `sections[${i}]`);
      section.subsections.forEach((sub, k) => check(sub.standards, `sections[${i}].subsections[${k}]`));
    });
  }
  return problems;
}
