/**
 * The CMS configuration against the zod schemas, walked here directly (zod's own definitions, not
 * the JSON Schema the generator reads): every schema field has a widget and every widget a schema
 * field, and each widget's required flag, choices and pattern are the schema's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsCollections, cmsConfig, type CmsField } from '../../src/lib/cms/config';
import { makeSchemas } from '../../src/schemas';
import { plainReference } from '../../src/schemas/common';
import { DIST } from '../helpers/dist';

interface Def {
  type: string;
  innerType?: Zod;
  in?: Zod;
  out?: Zod;
  getter?: () => Zod;
  shape?: Record<string, Zod>;
  element?: Zod;
  entries?: Record<string, string>;
  /** A literal's allowed values (z.literal(true)). */
  values?: unknown[];
  checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  /** A string format's own pattern (z.email()). */
  pattern?: RegExp;
  options?: Zod[];
}
type Zod = { _zod: { def: Def } };

/** What a field must be in the editor, read from one zod schema. */
interface Rule {
  optional: boolean;
  kind: 'object' | 'list' | 'select' | 'string' | 'number' | 'boolean' | 'union' | 'reference';
  options?: string[];
  pattern?: string;
  shape?: Record<string, Zod>;
  element?: Zod;
}

function rule(schema: Zod, optional = false): Rule {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
      return rule(def.innerType!, true);
    case 'pipe': // preprocess (a date) or a reference's transform: the file holds the input side
      return def.in!._zod.def.type === 'transform'
        ? rule(def.out!, optional)
        : { ...rule(def.in!, optional), kind: 'reference' };
    case 'lazy':
      return rule(def.getter!(), optional);
    case 'object':
      return { optional, kind: 'object', shape: def.shape! };
    case 'array':
      return { optional, kind: 'list', element: def.element! };
    case 'enum':
      return { optional, kind: 'select', options: Object.values(def.entries!) };
    case 'string': {
      const pattern = def.pattern ?? def.checks?.map((c) => c._zod.def).find((c) => c.format === 'regex')?.pattern;
      return { optional, kind: 'string', ...(pattern ? { pattern: pattern.source } : {}) };
    }
    case 'number':
      return { optional, kind: 'number' };
    case 'boolean':
      return { optional, kind: 'boolean' };
    case 'union':
      return { optional, kind: 'union' };
    case 'literal': // a flag that can only be true (noTimeLimit: true) is a checkbox
      if (def.values!.every((v: unknown) => v === true)) return { optional, kind: 'boolean' };
      throw new Error(`no rule for a zod literal of ${String(def.values)}`);
    default:
      throw new Error(`no rule for a zod ${def.type}`);
  }
}

const WIDGETS: Record<Rule['kind'], CmsField['widget'][]> = {
  object: ['object'],
  list: ['list'],
  select: ['select'],
  string: ['string', 'text', 'relation'],
  number: ['number'],
  boolean: ['boolean'],
  // A value that may be text or a nested list: Decap has no widget for it, kept as it is (hidden).
  union: ['hidden'],
  reference: ['relation'],
};

/** Every disagreement between a schema's fields and the widgets for them, one line each. */
function disagreements(shape: Record<string, Zod>, fields: CmsField[], path: string, insideOptional = false): string[] {
  const problems: string[] = [];
  const widgets = new Map(fields.map((f) => [f.name, f]));
  for (const name of widgets.keys())
    if (!(name in shape) && !(path.split('.').length === 1 && name === 'body'))
      problems.push(`${path}.${name}: a widget with no schema field`);
  for (const [name, schema] of Object.entries(shape)) {
    const at = `${path}.${name}`;
    const field = widgets.get(name);
    if (!field) {
      problems.push(`${at}: a schema field with no widget`);
      continue;
    }
    const r = rule(schema);
    // Inside an optional object every field is optional in the editor (Decap would demand them even
    // when the object is absent); the content check still requires them when it is there.
    const required = !r.optional && !insideOptional;
    if ((field.required !== false) !== required)
      problems.push(`${at}: required ${field.required !== false} in the editor, ${required} in the schema`);
    // A list of references is one relation widget choosing several.
    const references = r.kind === 'list' && rule(r.element!).kind === 'reference';
    if (references ? !(field.widget === 'relation' && field.multiple) : !WIDGETS[r.kind].includes(field.widget))
      problems.push(`${at}: a ${field.widget} widget for a ${r.kind}`);
    // A choice is shown by its label and writes its value.
    const values = field.options?.map((o) => (typeof o === 'object' ? o.value : o));
    if (r.options && JSON.stringify(values) !== JSON.stringify(r.options))
      problems.push(`${at}: choices ${values} in the editor, ${r.options} in the schema`);
    if (field.widget !== 'relation' && (field.pattern?.[0] ?? undefined) !== r.pattern)
      problems.push(`${at}: pattern ${field.pattern?.[0]} in the editor, ${r.pattern} in the schema`);
    if (r.kind === 'object')
      problems.push(...disagreements(r.shape!, field.fields ?? [], at, insideOptional || r.optional));
    if (r.kind === 'list' && !references) {
      const item = rule(r.element!);
      if (item.kind === 'object') problems.push(...disagreements(item.shape!, field.fields ?? [], `${at}[]`));
      else if (
        !field.field ||
        !WIDGETS[item.kind].includes(field.field.widget) ||
        field.field.pattern?.[0] !== item.pattern
      )
        problems.push(`${at}[]: list items do not match the schema's ${item.kind}`);
    }
  }
  return problems;
}

const schemas = makeSchemas(plainReference) as unknown as Record<string, Zod>;

describe('the CMS configuration', () => {
  it('has a widget for every schema field and a schema field for every widget, with the same rules', () => {
    expect(
      cmsCollections()
        .map((c) => c.name)
        .sort(),
    ).toEqual(Object.keys(schemas).sort()); // every collection is editable
    const problems = cmsCollections().flatMap((c) => disagreements(rule(schemas[c.name]!).shape!, c.fields, c.name));
    expect(problems).toEqual([]);
  });

  it('notices a schema field without a widget, a widget without a field, and a rule that differs', () => {
    const [frameworks] = cmsCollections();
    const fields = frameworks!.fields
      .filter((f) => f.name !== 'shortTitle')
      .map((f) => (f.name === 'status' ? { ...f, options: [{ label: 'Current', value: 'current' }] } : f));
    fields.push({ name: 'colour', label: 'Colour', widget: 'string' });
    const themes = fields.find((f) => f.name === 'themes')!;
    const standards = themes.fields!.find((f) => f.name === 'standards')!;
    const slug = standards.fields!.find((f) => f.name === 'slug')!;
    slug.pattern = ['.*', 'anything'];
    expect(disagreements(rule(schemas.frameworks!).shape!, fields, 'frameworks')).toEqual([
      'frameworks.colour: a widget with no schema field',
      'frameworks.shortTitle: a schema field with no widget',
      'frameworks.status: choices current in the editor, current,superseded,draft in the schema',
      'frameworks.themes[].standards[].slug: pattern .* in the editor, ^[a-z0-9]+(?:[.-][a-z0-9]+)*$ in the schema',
    ]);
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
