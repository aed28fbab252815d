/** The content check holds the topic mappings to the content they point at. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check/check';
import { standardsOf } from '../../src/lib/catalog/catalog';
import { contentEdited } from '../helpers/fixtures';
import { frozenCatalog } from '../helpers/content';

let copy: string | undefined;
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

/** A temporary copy of src/content with `edit` applied to one file; removed after each test. */
function contentWith(file: string, edit: (text: string) => string): string {
  copy = contentEdited(file, edit);
  return copy;
}
const errors = (root: string) =>
  checkContent(root)
    .filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('topic mappings in the content check', () => {
  it('reports a standard with no topic mapping as an error naming the standard, at its line', () => {
    const root = contentWith('src/content/mappings/south-east.yaml', (t) =>
      t.replace(/ {2}- standard: "1\.6"\n {4}topics:\n {6}- \{ topic: sharing-learning, relationship: equal \}\n/, ''),
    );
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /^error: src\/content\/frameworks\/south-east\.mdx:\d+:\d+ themes\[0\]\.standards\[5\]\.number: standard 1\.6 "Dissemination of learning" is not mapped to any topic; map it in src\/content\/mappings\/south-east\.yaml$/,
      ),
    ]);
  });

  it('reports every standard of a framework that has no mapping file', () => {
    const root = contentWith('src/content/mappings/east-midlands.yaml', (t) => `# removed\n${t}`);
    rmSync(join(root, 'src/content/mappings/east-midlands.yaml'));
    const found = errors(root);
    expect(found.filter((e) => e.includes('src/content/frameworks/east-midlands.mdx'))).toHaveLength(
      standardsOf(frozenCatalog(), 'east-midlands').length,
    );
    expect(found[0]).toContain(
      'standard 1.1 "Political and managerial leadership is committed to the development of members." is not mapped to any topic',
    );
  });

  it('reports an unknown topic, a standard the framework lacks, and a gap that is also mapped', () => {
    const root = contentWith('src/content/mappings/south-east.yaml', (t) =>
      t
        .replace('topic: budget,', 'topic: budgett,')
        .replace('- standard: "5.3"', '- standard: "5.9"')
        .replace('  - committee-development', '  - committee-development\n  - induction'),
    );
    const found = errors(root);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /south-east\.yaml:\d+:\d+ mappings\[3\]\.topics\[0\]\.topic: "budgett" is not a known topic; expected one of: /,
        ),
        expect.stringMatching(
          /south-east\.yaml:\d+:\d+ mappings\[\d+\]\.standard: "5\.9" is not a standard of the framework "south-east"; expected one of its standards' slugs: 1\.1, .*$/,
        ),
        expect.stringMatching(
          /south-east\.yaml:\d+:\d+ notCovered\[1\]: topic "induction" is listed as not covered, but standard "2\.7" is mapped to it$/,
        ),
        expect.stringMatching(
          /south-east\.mdx:\d+:\d+ themes\[4\]\.standards\[2\]\.number: standard 5\.3 .* is not mapped to any topic/,
        ),
      ]),
    );
  });

  it('rejects a relationship outside the NIST set', () => {
    const root = contentWith('src/content/mappings/south-east.yaml', (t) =>
      t.replace('topic: budget, relationship: equal', 'topic: budget, relationship: similar'),
    );
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /mappings\[3\]\.topics\[0\]\.relationship: found "similar"; expected one of: "equal", "subset-of", "superset-of", "intersects-with"$/,
      ),
    ]);
  });

  it('reports a strategy section naming a standard that does not exist', () => {
    const root = contentWith('src/content/strategies/derbyshire-2020-21.yaml', (t) =>
      t.replace('standards: [east-midlands/2.9]', 'standards: [east-midlands/2.99]'),
    );
    expect(errors(root)).toEqual([
      expect.stringMatching(
        /derbyshire-2020-21\.yaml:\d+:\d+ sections\[4\]\.subsections\[1\]\.standards\[0\]: "east-midlands\/2\.99": "2\.99" is not a standard of the framework "east-midlands"; expected one of its standards' slugs: 1\.1, /,
      ),
    ]);
  });
});
