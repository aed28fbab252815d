/**
 * The editor's file writer (src/lib/cms/yaml-edit.ts) on YAML declared here, shaped like the
 * content files (folded text, flow lists, comments, quoted numbers, MDX front matter): a change
 * rewrites only the lines of what changed, and the text it writes reads back (with js-yaml, as the
 * check reads it) as exactly the data the editor held.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { updateFrontMatter, updateYaml } from '../../src/lib/cms/yaml-edit';
import { changedLines as changed } from '../helpers/line-diff';

const FILE = `# Costs as published, 2019.
framework: west-midlands
basis: >-
  A breakdown of the activities has been included below. Costs are based on NWE carrying out all
  aspects of the support.
regions: [west-midlands, england]
priceLists:
  - id: level-1
    title: Undertaking Charter for the first time
    lines:
      - activity: Presentation
        unitPrice: 700 # half a day
        asPublished: Presentation - £700
      - activity: Review of evidence
        unitPrice: 1500
        asPublished: Review of evidence - £1500

      - activity: Charter award
        unitPrice: 80
        asPublished: Charter award - £80
    publishedTotal: 2280
  - id: level-2
    number: "2.1"
    title: Level 2
    lines: []
`;

type Data = {
  basis: string;
  regions: string[];
  priceLists: {
    id: string;
    number?: string;
    title: string;
    lines: { activity: string; unitPrice: number; asPublished: string; quantity?: number }[];
    publishedTotal?: number;
  }[];
};
const data = () => parse(FILE) as Data;

function written(edit: (d: Data) => void) {
  const d = data();
  edit(d);
  const text = updateYaml(FILE, d);
  expect(load(text)).toEqual(d);
  return { text, ...changed(FILE, text) };
}

describe('writing an edited entry back into its file', () => {
  it('leaves the file as it is when nothing changed, even with keys in another order', () => {
    const d = data();
    const { priceLists, ...rest } = d;
    const reordered = { priceLists, ...rest };
    expect(updateYaml(FILE, reordered)).toBe(FILE);
  });

  it('changes one line for one changed title, and keeps quoting and the comment beside a changed number', () => {
    expect(written((d) => (d.priceLists[0]!.title = 'Charter: first time'))).toMatchObject({
      added: ['    title: "Charter: first time"'],
      removed: ['    title: Undertaking Charter for the first time'],
    });
    expect(written((d) => (d.priceLists[0]!.lines[0]!.unitPrice = 750))).toMatchObject({
      added: ['        unitPrice: 750 # half a day'],
    });
    expect(written((d) => (d.priceLists[1]!.number = '2.2'))).toMatchObject({
      added: ['    number: "2.2"'],
      removed: ['    number: "2.1"'],
    });
  });

  it('adds only the lines of an added list item, and removes only the lines of a removed one', () => {
    const added = written((d) =>
      d.priceLists[0]!.lines.splice(2, 0, { activity: 'Report', unitPrice: 150, asPublished: 'Report - £150' }),
    );
    expect(added.removed).toEqual([]);
    expect(added.added).toEqual([
      '      - activity: Report',
      '        unitPrice: 150',
      '        asPublished: Report - £150',
    ]);
    const removed = written((d) => d.priceLists[0]!.lines.splice(1, 1));
    expect(removed.added).toEqual([]);
    expect(removed.removed).toEqual([
      '      - activity: Review of evidence',
      '        unitPrice: 1500',
      '        asPublished: Review of evidence - £1500',
      '',
    ]);
    // The first item and the last one too.
    expect(written((d) => d.priceLists[0]!.lines.shift()).added).toEqual([]);
    expect(written((d) => d.priceLists.pop()).removed).toEqual([
      '  - id: level-2',
      '    number: "2.1"',
      '    title: Level 2',
      '    lines: []',
    ]);
  });

  it('adds and removes keys in their place, including the first key of a list item', () => {
    expect(written((d) => (d.priceLists[0]!.lines[1]!.quantity = 2))).toMatchObject({
      added: ['        quantity: 2'],
      removed: [],
    });
    expect(written((d) => delete d.priceLists[0]!.publishedTotal)).toMatchObject({
      added: [],
      removed: ['    publishedTotal: 2280'],
    });
    const first = written((d) => delete (d.priceLists[1] as Partial<Data['priceLists'][0]>).id);
    expect(first.text).toContain('  - number: "2.1"\n    title: Level 2\n');
  });

  it('keeps folded text folded and flow lists in flow style when they change', () => {
    const folded = written((d) => (d.basis = d.basis.replace('NWE', 'North West Employers')));
    expect(folded.text).toMatch(/^basis: >-\n {2}A breakdown/m);
    expect(written((d) => d.regions.push('london')).added).toEqual(['regions: [west-midlands, england, london]']);
  });

  it('quotes new text that YAML 1.1 would read as something else (the check reads YAML 1.1)', () => {
    const { text } = written((d) => (d.priceLists[1]!.title = '2020-01-01'));
    expect(text).toContain('    title: "2020-01-01"');
    expect(written((d) => (d.priceLists[1]!.title = 'yes')).text).toContain('    title: "yes"');
  });

  it('rewrites only the front matter of an MDX file, and keeps its page text byte for byte', () => {
    const mdx = `---\ntitle: East Midlands\nthemes:\n  - number: 1\n    title: Commitment\n---\n\n## About\n\nText.\n`;
    const after = updateFrontMatter(mdx, {
      title: 'East Midlands Charter',
      themes: [{ number: 1, title: 'Commitment' }],
      body: '\n## About\n\nText.\n',
    });
    expect(changed(mdx, after)).toEqual({ added: ['title: East Midlands Charter'], removed: ['title: East Midlands'] });
    expect(updateFrontMatter('', { title: 'New', body: 'Text.\n' })).toBe('---\ntitle: New\n---\nText.\n');
  });
});
