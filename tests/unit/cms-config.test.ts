/**
 * The CMS configuration against what it edits: the content (every field a file uses has a widget
 * for what it holds, every required widget's field is in every file, every relation's choice is an
 * entry that exists) and the schemas as zod's public JSON Schema states them (every property has a
 * widget and every widget a property, with the same kind, required flag, choices and pattern).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsCollections, cmsConfig, type CmsCollection, type CmsField } from '../../src/lib/cms/config';
import { makeSchemas } from '../../src/schemas';
import { plainReference } from '../../src/schemas/common';
import { standardSlug } from '../../src/schemas/standard-slug';
import { frozenContent } from '../helpers/content';
import { DIST } from '../helpers/dist';

/** The parts of a JSON Schema node this test reads. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  anyOf?: unknown[];
  oneOf?: unknown[];
  $ref?: string;
  /** Text in the source's words (the schemas' metadata), as opposed to a title. */
  longText?: boolean;
}

const schemas = makeSchemas(plainReference);
/** A collection's schema as zod states it in JSON Schema, input side: what a file holds. */
const jsonSchemaOf = (key: keyof typeof schemas) =>
  z.toJSONSchema(schemas[key], { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** The widgets that can edit a JSON Schema node; a reference is a string in the schema and a relation in the editor. */
function widgetsFor(node: JsonSchema): CmsField['widget'][] {
  // A value that may be text or a nested list: Decap has no widget for it, so it is kept as it is (hidden).
  if (node.anyOf || node.oneOf || node.$ref || node.type === undefined) return ['hidden'];
  if (node.enum) return ['select'];
  if (node.type === 'string') return node.longText ? ['text', 'relation'] : ['string', 'relation'];
  if (node.type === 'integer' || node.type === 'number') return ['number'];
  return [({ boolean: 'boolean', object: 'object', array: 'list' } as const)[node.type as 'object'] ?? 'hidden'];
}

/** Every disagreement between a JSON Schema object's properties and the widgets for them, one line each. */
function disagreements(node: JsonSchema, fields: CmsField[], path: string, insideOptional = false): string[] {
  const problems: string[] = [];
  const properties = node.properties ?? {};
  const widgets = new Map(fields.map((f) => [f.name, f]));
  for (const name of widgets.keys())
    if (!(name in properties) && !(!path.includes('.') && name === 'body'))
      problems.push(`${path}.${name}: a widget with no schema field`);
  for (const [name, property] of Object.entries(properties)) {
    const at = `${path}.${name}`;
    const field = widgets.get(name);
    if (!field) {
      problems.push(`${at}: a schema field with no widget`);
      continue;
    }
    // Inside an optional object every field is optional in the editor (Decap would demand them even
    // when the object is absent); the content check still requires them when it is there.
    const required = !insideOptional && (node.required ?? []).includes(name) && property.default === undefined;
    if ((field.required !== false) !== required)
      problems.push(`${at}: required ${field.required !== false} in the editor, ${required} in the schema`);
    problems.push(...sameRule(property, field, at));
    if (property.type === 'object')
      problems.push(...disagreements(property, field.fields ?? [], at, insideOptional || !required));
    const items = property.items;
    if (property.type === 'array' && items && !(field.widget === 'relation' && field.multiple)) {
      if (items.type === 'object') problems.push(...disagreements(items, field.fields ?? [], `${at}[]`));
      else if (!field.field) problems.push(`${at}[]: a list without a widget for its items`);
      else problems.push(...sameRule(items, field.field, `${at}[]`));
    }
  }
  return problems;
}

/** One widget against one JSON Schema node: its kind, its choices, its pattern. */
function sameRule(node: JsonSchema, field: CmsField, at: string): string[] {
  const problems: string[] = [];
  // A list of references is one relation widget choosing several.
  const references = node.type === 'array' && field.widget === 'relation' && field.multiple;
  if (!references && !widgetsFor(node).includes(field.widget))
    problems.push(`${at}: a ${field.widget} widget for ${widgetsFor(node).join(' or ')}`);
  // A choice is shown by its label and writes the schema's value.
  const values = field.options?.map((o) => (typeof o === 'object' ? o.value : o));
  if (node.enum && JSON.stringify(values) !== JSON.stringify(node.enum))
    problems.push(`${at}: choices ${values} in the editor, ${node.enum} in the schema`);
  if (field.widget !== 'relation' && field.pattern?.[0] !== node.pattern)
    problems.push(`${at}: pattern ${field.pattern?.[0]} in the editor, ${node.pattern} in the schema`);
  return problems;
}

const content = frozenContent();
const kindOf = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);
/** The widgets that can hold a value of each kind a YAML file has. */
const HOLDS: Record<string, CmsField['widget'][]> = {
  string: ['string', 'text', 'select', 'relation'],
  number: ['number', 'select'],
  boolean: ['boolean'],
  object: ['object'],
  list: ['list', 'relation'],
};

/** What a relation widget may write, from the content: entry ids, or every framework's standards' slugs or levels' ids. */
function choicesOf(field: CmsField): Set<string> {
  const frameworks = content.entries.frameworks.map((f) => f.data);
  // A flat list of standards is read into one theme without a title, so every standard is in a theme.
  if (field.value_field === '__standards.*.slug')
    return new Set(frameworks.flatMap((f) => f.themes.flatMap((t) => t.standards).map(standardSlug)));
  if (field.value_field === 'levels.*.id') return new Set(frameworks.flatMap((f) => f.levels.map((l) => l.id)));
  return new Set(content.entries[field.collection as keyof typeof content.entries].map((e) => e.id));
}

/** Every value in a file's data with no widget, or a widget that cannot hold it, or a relation to nothing; and every required widget whose field is missing. */
function unedited(data: Record<string, unknown>, fields: CmsField[], path: string): string[] {
  const problems: string[] = [];
  const widgets = new Map(fields.map((f) => [f.name, f]));
  for (const field of fields)
    if (field.required !== false && field.widget !== 'markdown' && !(field.name in data))
      problems.push(`${path}.${field.name}: required in the editor, missing from the file`);
  for (const [name, value] of Object.entries(data)) {
    const field = widgets.get(name);
    if (!field) problems.push(`${path}.${name}: no widget edits it`);
    else problems.push(...valueProblems(value, field, `${path}.${name}`));
  }
  return problems;
}

function valueProblems(value: unknown, field: CmsField, at: string): string[] {
  if (field.widget === 'hidden') return []; // kept exactly as it is
  const kind = kindOf(value);
  if (!HOLDS[kind]?.includes(field.widget) || (kind === 'list') !== (field.widget === 'list' || !!field.multiple))
    return [`${at}: a ${field.widget} widget holding a ${kind}`];
  if (field.widget === 'relation') {
    const choices = choicesOf(field);
    return (Array.isArray(value) ? value : [value])
      .filter((v) => !choices.has(String(v)))
      .map((v) => `${at}: ${JSON.stringify(v)} is not a choice of its relation widget`);
  }
  if (field.widget === 'object') return unedited(value as Record<string, unknown>, field.fields ?? [], at);
  if (field.widget !== 'list') return [];
  return (value as unknown[]).flatMap((item, i) =>
    field.fields
      ? kindOf(item) === 'object'
        ? unedited(item as Record<string, unknown>, field.fields, `${at}[${i}]`)
        : [`${at}[${i}]: a ${kindOf(item)} where the editor has fields`]
      : field.field
        ? valueProblems(item, field.field, `${at}[${i}]`)
        : [`${at}[${i}]: no widget for the list's items`],
  );
}

/** Every file of the tests' own content against its collection's widgets. */
function uneditedContent(collections: CmsCollection[]): string[] {
  return collections.flatMap((c) =>
    [...content.files.values()]
      .filter((f) => f.file.startsWith(`${c.folder}/`))
      .flatMap((f) => unedited(f.data as Record<string, unknown>, c.fields, f.file)),
  );
}

describe('the CMS configuration', () => {
  it('edits every field the content uses, with a widget for what it holds, choices that exist and the fields it requires', () => {
    const collections = cmsCollections();
    // Every collection is editable, and each has files here to compare with.
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(content.entries).sort());
    for (const c of collections)
      expect(
        [...content.files.keys()].some((f) => f.startsWith(`${c.folder}/`)),
        c.name,
      ).toBe(true);
    expect(uneditedContent(collections)).toEqual([]);
  });

  it('has a widget for every property of the JSON Schema and a property for every widget, with the same rules', () => {
    const problems = cmsCollections().flatMap((c) => disagreements(jsonSchemaOf(c.name), c.fields, c.name));
    expect(problems).toEqual([]);
  });

  it('notices a field without a widget, a widget without a field, and a rule that differs', () => {
    const [frameworks] = cmsCollections();
    const fields = frameworks!.fields
      .filter((f) => f.name !== 'shortTitle')
      .map((f) => (f.name === 'status' ? { ...f, options: [{ label: 'Current', value: 'current' }] } : f))
      .map((f) => (f.name === 'statusNote' ? { ...f, widget: 'string' as const } : f));
    fields.push({ name: 'colour', label: 'Colour', widget: 'string' });
    const themes = fields.find((f) => f.name === 'themes')!;
    const standards = themes.fields!.find((f) => f.name === 'standards')!;
    const slug = standards.fields!.find((f) => f.name === 'slug')!;
    slug.pattern = ['.*', 'anything'];
    expect(disagreements(jsonSchemaOf('frameworks'), fields, 'frameworks')).toEqual([
      'frameworks.colour: a widget with no schema field',
      'frameworks.shortTitle: a schema field with no widget',
      'frameworks.status: choices current in the editor, current,superseded,draft in the schema',
      'frameworks.statusNote: a string widget for text or relation',
      'frameworks.themes[].standards[].slug: pattern .* in the editor, ^[a-z0-9]+(?:[.-][a-z0-9]+)*$ in the schema',
    ]);
    const first = [...content.files.values()].find((f) => f.file.startsWith(`${frameworks!.folder}/`))!;
    expect(unedited(first.data as Record<string, unknown>, fields, first.file)).toEqual(
      expect.arrayContaining([
        `${first.file}.shortTitle: no widget edits it`,
        `${first.file}.colour: required in the editor, missing from the file`,
      ]),
    );
  });

  it('is what the built site serves at /admin/config.yml, with GitHub open authoring and the editorial workflow', () => {
    const served = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8'));
    expect(served.collections).toEqual(JSON.parse(JSON.stringify(cmsCollections())));
    expect(served.backend).toMatchObject({ name: 'github', open_authoring: true });
    expect(served.publish_mode).toBe('editorial_workflow');
    expect(cmsConfig({ repo: 'a-region/its-charters' }).backend.repo).toBe('a-region/its-charters');
  });

  it('shows names, not ids: entries listed by name, references and choices by label, long text in a text area', () => {
    const collections = cmsCollections();
    const byName = Object.fromEntries(collections.map((c) => [c.name, c]));
    const field = (fields: CmsField[], path: string): CmsField =>
      path
        .split('.')
        .reduce<CmsField>((f, name) => (f.fields ?? []).find((x) => x.name === name)!, { fields } as CmsField);
    // Entries whose only name-like field is a reference are listed by the name of what they refer to.
    for (const c of collections) {
      const shown = c.summary ?? `{{fields.${c.identifier_field}}}`;
      const referenced = [...shown.matchAll(/\{\{fields\.([\w.]+)\}\}/g)]
        .map((m) => m[1]!)
        .filter((name) => !name.startsWith('__names.'));
      for (const name of referenced)
        expect(field(c.fields, name).widget, `${c.name} is listed by ${name}`).not.toBe('relation');
    }
    expect(byName.costs!.summary).toBe('Costs: {{fields.__names.framework}}');
    // Choices are shown in words and write the schema's value.
    expect(field(byName.costs!.fields, 'priceLists.pathway').options).toEqual([
      { label: 'First time', value: 'first-time' },
      { label: 'Re-assessment', value: 'reassessment' },
    ]);
    expect(field(byName.costs!.fields, 'priceLists.level')).toMatchObject({
      widget: 'relation',
      value_field: 'levels.*.id',
      display_fields: ['shortTitle', 'levels.*.name'],
    });
    // A framework's partners are chosen by name, several in one widget.
    expect(field(byName.frameworks!.fields, 'regions')).toMatchObject({
      widget: 'relation',
      multiple: true,
      collection: 'regions',
      display_fields: ['name'],
    });
    // Text in the source's words gets a text area; a title a line.
    expect(field(byName.costs!.fields, 'basis').widget).toBe('text');
    expect(field(byName.costs!.fields, 'priceLists.title').widget).toBe('string');
    // A pattern's message is the schema's own, in publishers' words.
    expect(field(byName.frameworks!.fields, 'source.file').pattern?.[1]).toBe(
      'expected sources/ then a name of letters, digits, "-", "_" and "." that does not start with "." (e.g. sources/east-midlands-charter.txt)',
    );
    // Standards are referred to by slug, offered by label and title (the editor lists them, unnumbered ones too).
    for (const path of ['actionPlans.items.standard', 'mappings.mappings.standard']) {
      const [collection, ...rest] = path.split('.');
      expect(field(byName[collection!]!.fields, rest.join('.'))).toMatchObject({
        widget: 'relation',
        value_field: '__standards.*.slug',
        display_fields: ['__standards.*.label'],
      });
    }
  });

  it('points sign-in at the service CMS_AUTH_URL names, as an origin, keeping open authoring', () => {
    expect(cmsConfig({ repo: 'a/b', authUrl: 'https://sign-in.atlas.example/' }).backend).toEqual({
      name: 'github',
      repo: 'a/b',
      branch: 'main',
      open_authoring: true,
      base_url: 'https://sign-in.atlas.example',
      auth_endpoint: 'auth',
    });
    expect(cmsConfig({ repo: 'a/b' }).backend).not.toHaveProperty('base_url');
  });
});
