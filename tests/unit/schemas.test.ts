/**
 * Every schema accepts the real content and rejects a broken variant of it with a message
 * that names the field. Broken variants are made by changing one field of a real entry.
 */
import { numberSlug, standardSlug, STANDARD_SLUG } from '../../src/schemas/standard-slug';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/schemas';
import { plainReference, slug, sourceDocument } from '../../src/schemas/common';
import { addressedStandards } from '../../src/schemas/strategy';
import { entryFileProblem } from '../../src/lib/content/collection-files';
import { formatPath } from '../../src/lib/content/field-locator';
import { explainIssue } from '../../src/lib/content/zod-messages';
import { frozenContent } from '../helpers/content';

const schemas = makeSchemas(plainReference);
type Key = keyof typeof schemas;

/** The raw (pre-validation) data of a real content file, deep-copied so a test can break it. */
// Any, on purpose: each test reaches into the file's data to break one field, as a publisher might.
/* eslint-disable @typescript-eslint/no-explicit-any */
function rawOf(collection: string, fileEnding: string): Record<string, any> {
  const file = [...frozenContent().files.values()].find(
    (f) => f.file.includes(`/${collection}/`) && f.file.endsWith(fileEnding),
  );
  if (!file) throw new Error(`no content file ${collection}/*${fileEnding}`);
  return structuredClone(file.data) as Record<string, any>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Parses and returns "path: message" lines, the way the content check reports them. */
function problems(key: Key, data: unknown): string[] {
  const result = schemas[key].safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${explainIssue(i, data)}`);
}

describe('the real content', () => {
  it('is valid, file by file', () => {
    const { problems: found, entries } = frozenContent();
    expect(found).toEqual([]);
    expect(entries.frameworks.length).toBeGreaterThanOrEqual(4);
    expect(entries.actionPlans.length).toBeGreaterThanOrEqual(1);
    expect(entries.strategies.length).toBeGreaterThanOrEqual(1);
  });
});

describe("a standard's slug", () => {
  it('is its own slug, else its number made safe for an address', () => {
    const made = ['1.1', '2.10', '1', 'A', 'Criterion 2', 'Ŵ 3', '2(a)', '1..2', '•'].map((number) =>
      numberSlug(number),
    );
    expect(made).toEqual(['1.1', '2.10', '1', 'a', 'criterion-2', 'w-3', '2-a', '1.2', '']);
    expect(made.filter(Boolean).every((slug) => STANDARD_SLUG.test(slug))).toBe(true);
    expect(standardSlug({ number: 'Criterion 2', slug: 'review' })).toBe('review');
    expect(standardSlug({ slug: 'key-point' })).toBe('key-point');
  });
});

describe('one pattern for ids, standard ids and kept copies', () => {
  const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
    schema.safeParse(value).success;
  const GOOD_IDS = ['level-1', 'east-midlands', 'a', '2021'];
  const BAD_IDS = ['Level-1', 'level--1', '-level', 'level-', 'level_1', 'level.1', 'lévél', ''];

  it('an id is lower-case letters and digits in runs joined by single hyphens, in every field and file name', () => {
    expect(GOOD_IDS.filter((id) => !accepts(slug, id))).toEqual([]);
    expect(BAD_IDS.filter((id) => accepts(slug, id))).toEqual([]);
    // A content file's name follows the same rule (the file here is this test, so lstat finds a file).
    const named = (name: string) => entryFileProblem('regions', `${name}.yaml`, fileURLToPath(import.meta.url));
    expect(GOOD_IDS.map(named)).toEqual(GOOD_IDS.map(() => undefined));
    expect(BAD_IDS.filter((id) => named(id) === undefined)).toEqual([]);
  });

  it("a strategy's standard id is a framework id, a slash and a standard's slug", () => {
    expect(accepts(addressedStandards, ['east-midlands/2.9', 'lga/criterion-2', 'south-east/a'])).toBe(true);
    const bad = [
      'East-Midlands/2.9',
      'east--midlands/2.9',
      'east-midlands/2..9',
      'east-midlands',
      'east-midlands/2.9/x',
    ];
    expect(bad.filter((id) => accepts(addressedStandards, [id]))).toEqual([]);
  });

  it('a kept copy is cited as a file directly under sources/', () => {
    const cite = (file: string) => accepts(sourceDocument, { title: 'A charter', file });
    expect(cite('sources/east-midlands-charter.txt')).toBe(true);
    expect(
      ['docs/east-midlands-charter.txt', 'sources/old/charter.txt', 'east-midlands-charter.txt'].filter(cite),
    ).toEqual([]);
  });
});

describe('broken content is rejected with the field named', () => {
  it('framework: a standard with no number and no slug, a slug that is not safe for an address, and a number with nothing to make one from', () => {
    const fw = rawOf('frameworks', 'east-midlands.mdx');
    delete fw.themes[1].standards[8].number;
    fw.themes[1].standards[9].slug = 'Criterion 2';
    fw.themes[1].standards[10].number = '•';
    expect(problems('frameworks', fw)).toEqual([
      'themes[1].standards[8].slug: a standard without a number needs a slug for its page address, e.g. slug: member-induction',
      'themes[1].standards[9].slug: expected lower-case letters and digits, joined by dots or hyphens, e.g. criterion-2 or 1.1 (found "Criterion 2")',
      'themes[1].standards[10].slug: the number "•" has no letters or digits to make an address from; give a slug, e.g. slug: member-induction',
    ]);
  });

  it('framework: a standard numbered as the source prints it ("A", "Criterion 2"), or unnumbered with a slug, is accepted', () => {
    const fw = rawOf('frameworks', 'east-midlands.mdx');
    fw.themes[1].standards[8].number = 'A';
    fw.themes[1].standards[9].number = 'Criterion 2';
    delete fw.themes[1].standards[10].number;
    fw.themes[1].standards[10].slug = 'reference-group';
    delete fw.themes[0].number;
    expect(problems('frameworks', fw)).toEqual([]);
  });

  it('framework: a missing title', () => {
    const fw = rawOf('frameworks', 'east-midlands.mdx');
    delete fw.title;
    expect(problems('frameworks', fw)).toEqual(['title: this field is required (expected string)']);
  });

  it('framework: a status that is not one of the allowed ones', () => {
    const fw = rawOf('frameworks', 'east-midlands.mdx');
    fw.status = 'live';
    expect(problems('frameworks', fw)).toEqual([
      'status: found "live"; expected one of: "current", "superseded", "draft"',
    ]);
  });

  it('framework: a misspelt field', () => {
    const fw = rawOf('frameworks', 'east-midlands.mdx');
    fw.stages[0].descripton = fw.stages[0].description;
    delete fw.stages[0].description;
    // A stage's description is optional (a source may give only a title), so only the misspelling is reported.
    expect(problems('frameworks', fw)).toEqual([
      'stages[0]: unknown field "descripton": check the spelling against the documented fields',
    ]);
  });

  it('framework: an attributed owner without provenance', () => {
    const fw = rawOf('frameworks', 'south-east.mdx');
    delete fw.owner.provenance;
    expect(problems('frameworks', fw)).toEqual([
      'owner.provenance: an attributed owner needs a provenance note saying why',
    ]);
  });

  it('framework: a reconstructed framework without a note', () => {
    const fw = rawOf('frameworks', 'south-east.mdx');
    delete fw.provenance.note;
    expect(problems('frameworks', fw)).toEqual([
      'provenance.note: a reconstructed framework needs a note saying what it was reconstructed from',
    ]);
  });

  it('costs: a negative unit price', () => {
    const costs = rawOf('costs', 'west-midlands.yaml');
    costs.priceLists[0].lines[1].unitPrice = -1500;
    expect(problems('costs', costs)).toEqual([
      'priceLists[0].lines[1].unitPrice: an amount of money cannot be negative (found -1500)',
    ]);
  });

  it('costs: a price with fractions of a penny', () => {
    const costs = rawOf('costs', 'west-midlands.yaml');
    costs.priceLists[0].lines[0].unitPrice = 700.005;
    expect(problems('costs', costs)).toEqual([
      'priceLists[0].lines[0].unitPrice: an amount of money has at most two decimal places (pence) (found 700.005)',
    ]);
  });

  it('costs: a quantity of zero', () => {
    const costs = rawOf('costs', 'west-midlands.yaml');
    costs.priceLists[0].lines[2].quantity = 0;
    expect(problems('costs', costs)).toEqual([
      'priceLists[0].lines[2].quantity: a quantity is a whole number of at least 1 (found 0)',
    ]);
  });

  it('costs: a currency other than pounds', () => {
    const costs = rawOf('costs', 'west-midlands.yaml');
    costs.currency = 'EUR';
    expect(problems('costs', costs)).toEqual(['currency: found "EUR"; expected one of: "GBP"']);
  });

  it('action plan: a due date that does not exist', () => {
    const plan = rawOf('action-plans', 'harrow-2008.yaml');
    plan.items[0].actions[0].due = { asPublished: '31 June 2009', date: '2009-06-31' };
    expect(problems('actionPlans', plan)).toEqual([
      'items[0].actions[0].due.date: "2009-06-31" is not a real date: June 2009 has 30 days, so day 31 does not exist (found "2009-06-31")',
    ]);
  });

  it('action plan: an owner with no roles', () => {
    const plan = rawOf('action-plans', 'harrow-2008.yaml');
    plan.items[3].actions[0].owner.roles = [];
    expect(problems('actionPlans', plan)).toEqual([
      'items[3].actions[0].owner.roles: Too small: expected array to have >=1 items',
    ]);
  });

  it('action plan: a row without what we need to do', () => {
    const plan = rawOf('action-plans', 'harrow-2008.yaml');
    delete plan.items[5].need;
    expect(problems('actionPlans', plan)).toEqual(['items[5].need: this field is required (expected string)']);
  });

  it('strategy: a paragraph number written wrongly', () => {
    const strategy = rawOf('strategies', 'derbyshire-2020-21.yaml');
    strategy.sections[0].paragraphs[0].number = '1-1';
    expect(problems('strategies', strategy)).toEqual([
      'sections[0].paragraphs[0].number: expected a paragraph number such as 5.13 (found "1-1")',
    ]);
  });

  it('benefits: a group kind that does not exist', () => {
    const benefits = rawOf('benefits', 'lga.yaml');
    benefits.groups[0].kind = 'perks';
    expect(problems('benefits', benefits)).toEqual([
      'groups[0].kind: found "perks"; expected one of: "values", "benefits", "resource-commitment"',
    ]);
  });

  it('council: a type that is not a kind of council', () => {
    const council = rawOf('councils', 'harrow.yaml');
    council.type = 'parish';
    expect(problems('councils', council)[0]).toMatch(/^type: found "parish"; expected one of: "county-council"/);
  });

  it('organisation: an email address that is not one', () => {
    const org = rawOf('organisations', 'west-midlands-employers.yaml');
    org.contact.email = 'info at wmemployers';
    expect(problems('organisations', org)).toEqual([
      'contact.email: Invalid email address (found "info at wmemployers")',
    ]);
  });

  it('region: a missing order', () => {
    const region = rawOf('regions', 'london.yaml');
    delete region.order;
    expect(problems('regions', region)).toEqual(['order: this field is required (expected number)']);
  });
});
