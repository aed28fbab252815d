/**
 * The Decap CMS configuration (served at /admin/config.yml), derived from the zod schemas in
 * src/schemas so the editor can never drift from what the content check and the build accept.
 *
 * Each schema goes through zod's own JSON Schema export (`z.toJSONSchema`, input side: what a file
 * holds before transforms), and each JSON Schema node becomes one Decap widget: object → object,
 * array → list, enum → select, string → string (with the schema's pattern), number → number,
 * boolean → boolean, a reference to another collection → relation. `required`, enum options,
 * patterns, minimum list lengths and `.describe()`/`.meta({ description })` hints carry over. A
 * shape Decap cannot edit (a value that may be text or a nested list) becomes a hidden field:
 * kept exactly as it is on save, edited in the file.
 */
import { z } from 'astro/zod';
import { makeSchemas } from '../../schemas';
import type { CollectionName } from '../../schemas/common';
import { COLLECTION_FILES, type CollectionKey } from '../content/collections';

/** A JSON Schema node as zod 4 writes it, with our `cmsRelation` marker on references. */
export interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  /** The schema's own message for a pattern, in publishers' words (added by `collectionJsonSchemas`). */
  patternMessage?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  $ref?: string;
  cmsRelation?: CollectionName;
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/), only the options we use. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'object' | 'list' | 'relation' | 'markdown' | 'hidden';
  required?: false;
  hint?: string;
  pattern?: [string, string];
  options?: (string | number)[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  modes?: string[];
}

export interface CmsCollection {
  name: CollectionKey;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'yaml' | 'mdx';
  format: 'yaml' | 'yaml-frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary?: string;
  fields: CmsField[];
}

/** Collections' names in the CMS and on the site, in the order the CMS lists them. */
const COLLECTIONS: { key: CollectionKey; label: string; singular: string }[] = [
  { key: 'frameworks', label: 'Frameworks', singular: 'Framework' },
  { key: 'costs', label: 'Costs', singular: 'Costs page' },
  { key: 'benefits', label: 'Values and benefits', singular: 'Values and benefits page' },
  { key: 'councils', label: 'Councils', singular: 'Council' },
  { key: 'strategies', label: 'Strategies', singular: 'Strategy' },
  { key: 'actionPlans', label: 'Action plans', singular: 'Action plan' },
  { key: 'mappings', label: 'Topic mappings', singular: 'Topic mapping' },
  { key: 'organisations', label: 'Organisations', singular: 'Organisation' },
  { key: 'regions', label: 'Regions', singular: 'Region' },
  { key: 'topics', label: 'Topics', singular: 'Topic' },
  { key: 'register', label: 'Accreditation register', singular: 'Register entry' },
];

/**
 * Fields that point into another entry rather than at a whole one: an action plan row's standard
 * is a standard number of a framework. Decap's relation widget cannot filter by the plan's own
 * framework, so the choices show each framework's short title beside the number and title.
 */
const STANDARD_CHOICE: Partial<CmsField> = {
  widget: 'relation',
  collection: 'frameworks',
  value_field: 'themes.*.standards.*.number',
  search_fields: ['themes.*.standards.*.number', 'themes.*.standards.*.title'],
  display_fields: ['shortTitle', 'themes.*.standards.*.number', 'themes.*.standards.*.title'],
  options_length: 500,
};
const FIELD_OVERRIDES: Record<string, Partial<CmsField>> = {
  'actionPlans.items.standard': STANDARD_CHOICE,
};

/** A reference to another collection, marked so the JSON Schema says which collection. */
const cmsReference = <C extends CollectionName>(collection: C) =>
  z.string().meta({ cmsRelation: collection }) as unknown as z.ZodType<{ id: string; collection: C }, string>;

/** JSON Schema keeps a regex but not the message the schema gives when it fails; keep that too. */
function keepPatternMessage(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  const checks = (ctx.zodSchema as { _zod: { def: { checks?: { _zod: { def: { format?: string; error?: (issue: object) => unknown } } }[] } } })._zod.def.checks ?? [];
  for (const check of checks) {
    const { format, error } = check._zod.def;
    const message = format === 'regex' && typeof error === 'function' ? error({}) : undefined;
    if (typeof message === 'string') ctx.jsonSchema.patternMessage = message;
  }
}

/** Each collection's schema as JSON Schema: the shape of the file, before transforms. */
export function collectionJsonSchemas(): Record<CollectionKey, JsonNode> {
  const schemas = makeSchemas(cmsReference);
  return Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => [
      key,
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: keepPatternMessage }) as JsonNode,
    ]),
  ) as Record<CollectionKey, JsonNode>;
}

/** "shortTitle" → "Short title", "deliveredWith" → "Delivered with". */
export const labelFor = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The field that names an entry in lists and relation choices. */
function nameField(schema: JsonNode): string {
  return ['shortTitle', 'title', 'name', 'framework', 'council'].find((f) => schema.properties?.[f]) ?? 'title';
}

/** One JSON Schema property as a Decap field; `path` ("actionPlans.items.standard") keys the overrides. */
export function fieldFor(name: string, node: JsonNode, required: boolean, path: string, names: Record<string, string>): CmsField {
  const field: CmsField = { name, label: labelFor(name), widget: 'string' };
  if (!required) field.required = false;
  if (node.description) field.hint = node.description;
  const override = FIELD_OVERRIDES[path];
  if (override) return { ...field, ...override };

  if (node.cmsRelation) {
    const shown = names[node.cmsRelation] ?? 'title';
    return { ...field, widget: 'relation', collection: node.cmsRelation, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
  }
  if (node.enum) return { ...field, widget: 'select', options: node.enum };
  if (node.anyOf || node.oneOf || node.$ref) return { ...field, widget: 'hidden' };
  switch (node.type) {
    case 'string':
      if (node.pattern) field.pattern = [node.pattern, node.patternMessage ?? (node.format === 'email' ? 'expected an email address' : `expected text matching ${node.pattern}`)];
      return field;
    case 'number':
    case 'integer': {
      field.widget = 'number';
      field.value_type = node.type === 'integer' ? 'int' : 'float';
      const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + (node.type === 'integer' ? 1 : 0) : undefined);
      if (min !== undefined) field.min = min;
      if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER) field.max = node.maximum;
      return field;
    }
    case 'boolean':
      return { ...field, widget: 'boolean' };
    case 'object':
      // Decap checks an optional object's required fields even when the object is absent, so a file
      // without it could not be saved; inside an optional object every field is optional in the
      // editor, and the content check (same schemas) still requires them when the object is there.
      return { ...field, widget: 'object', collapsed: !required, fields: fieldsFor(node, path, names, !required) };
    case 'array': {
      const items = node.items ?? {};
      field.widget = 'list';
      if (node.minItems) field.min = node.minItems;
      if (items.type === 'object' && items.properties) {
        field.fields = fieldsFor(items, path, names);
        field.collapsed = true;
        const summary = ['number', 'title', 'name', 'standard', 'id'].filter((f) => items.properties![f]).slice(0, 2);
        if (summary.length) field.summary = summary.map((f) => `{{fields.${f}}}`).join(' ');
      } else {
        field.field = fieldFor(singular(name), items, true, path, names);
      }
      return field;
    }
    default:
      return { ...field, widget: 'hidden' };
  }
}

const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

function fieldsFor(node: JsonNode, path: string, names: Record<string, string>, optionalParent = false): CmsField[] {
  const required = new Set(optionalParent ? [] : (node.required ?? []));
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    fieldFor(name, child, required.has(name) && child.default === undefined, `${path}.${name}`, names),
  );
}

/** The `collections` of the CMS configuration, one per content collection. */
export function cmsCollections(jsonSchemas = collectionJsonSchemas()): CmsCollection[] {
  const names = Object.fromEntries(Object.entries(jsonSchemas).map(([key, schema]) => [key, nameField(schema)]));
  return COLLECTIONS.map(({ key, label, singular }) => {
    const files = COLLECTION_FILES[key];
    const mdx = files.extension === '.mdx';
    const fields = fieldsFor(jsonSchemas[key], key, names);
    if (mdx) fields.push({ name: 'body', label: 'Page text', widget: 'markdown', modes: ['raw', 'rich_text'], hint: 'The page text below the facts, in Markdown.' });
    const identifier = names[key]!;
    return {
      name: key,
      label,
      label_singular: singular,
      folder: `src/content/${files.folder}`,
      extension: mdx ? 'mdx' : 'yaml',
      format: mdx ? 'yaml-frontmatter' : 'yaml',
      create: true,
      slug: '{{slug}}',
      identifier_field: identifier,
      fields,
    };
  });
}

export interface CmsOptions {
  /** The GitHub repository ("owner/name") publishers' pull requests go to. */
  repo: string;
  branch?: string;
}

/**
 * The whole configuration: GitHub backend with open authoring (a publisher without write access
 * edits in the browser; the CMS forks the repository and opens a pull request) and the editorial
 * workflow; `local_backend` lets `npm run cms` use decap-server on the same machine instead.
 */
export function cmsConfig({ repo, branch = 'main' }: CmsOptions) {
  return {
    backend: { name: 'github', repo, branch, open_authoring: true },
    publish_mode: 'editorial_workflow',
    local_backend: true,
    // An optional field left empty is left out of the file, as the schemas expect.
    omit_empty_optional_fields: true,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    collections: cmsCollections(),
  };
}
