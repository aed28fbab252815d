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
import { COUNCIL_TYPE_LABELS } from '../../schemas/council';
import { REGISTER_EVENT_KINDS } from '../../schemas/register';
import { FRAMEWORK_STATUS_LABELS } from '../catalog/listings';
import { COLLECTIONS, COLLECTION_NAMES, collectionFolder, type CollectionName } from '../../schemas/collections';
import { PATHWAY_LABELS } from '../costs/totals';
import { FREQUENCY_WORDS, MEMBERSHIP_WORDS, VAT_WORDS } from '../costs/terms';
import { RELATIONSHIP_LABELS } from '../crosswalk/crosswalk';
import { STEP_LABELS } from '../crosswalk/stages';

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
  /** Text in the source's words (`text` in src/schemas/common.ts), as opposed to a title: a text area. */
  longText?: boolean;
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/), only the options we use. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'object' | 'list' | 'relation' | 'markdown' | 'hidden';
  required?: false;
  hint?: string;
  pattern?: [string, string];
  options?: (string | number | { label: string; value: string | number })[];
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
  multiple?: boolean;
  modes?: string[];
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'yaml' | 'mdx';
  /** The site's own formats (src/browser/cms.ts), which rewrite only what changed in a file. */
  format: 'yaml-kept' | 'mdx-kept';
  create: true;
  slug: string;
  identifier_field: string;
  summary?: string;
  fields: CmsField[];
}

/**
 * Fields that point into another entry rather than at a whole one. A standard is referred to by its
 * slug, which a numbered standard may not write down (it is its number made safe), so the editor
 * lists every framework's standards with their slugs as `__standards` (src/browser/cms.ts, never
 * written to the file): each offered by its framework's short title, label and title, unnumbered
 * ones included. Decap's relation widget cannot filter by the entry's own framework, hence the
 * framework's name in each choice. A level is an id from a framework's `levels`, offered by name.
 */
const STANDARD_CHOICE: Partial<CmsField> = {
  widget: 'relation',
  collection: 'frameworks',
  value_field: '__standards.*.slug',
  search_fields: ['__standards.*.label'],
  display_fields: ['__standards.*.label'],
  options_length: 500,
};
const LEVEL_CHOICE: Partial<CmsField> = {
  widget: 'relation',
  collection: 'frameworks',
  value_field: 'levels.*.id',
  search_fields: ['levels.*.name'],
  display_fields: ['shortTitle', 'levels.*.name'],
};
const FIELD_OVERRIDES: Record<string, Partial<CmsField>> = {
  'actionPlans.items.standard': STANDARD_CHOICE,
  'mappings.mappings.standard': STANDARD_CHOICE,
  'costs.priceLists.level': LEVEL_CHOICE,
  'register.level': LEVEL_CHOICE,
  'frameworks.themes.standards.level': LEVEL_CHOICE,
  'frameworks.themes.standards.requirementsByLevel.level': LEVEL_CHOICE,
  'frameworks.standards.level': LEVEL_CHOICE,
  'frameworks.standards.requirementsByLevel.level': LEVEL_CHOICE,
};

/** Labels that say more than the field's name: a framework's flat list is not a theme's standards. */
const FIELD_LABELS: Record<string, string> = { 'frameworks.standards': 'Flat list of standards (no themes)' };

/** Choices shown in publishers' words, where the site has words for them; others are their id made readable. */
const OPTION_LABELS: Record<string, string> = {
  ...PATHWAY_LABELS,
  // "plus VAT" as a choice of its own: "Plus VAT".
  ...Object.fromEntries(
    Object.entries(VAT_WORDS).map(([value, words]) => [value, words[0]!.toUpperCase() + words.slice(1)]),
  ),
  ...MEMBERSHIP_WORDS,
  ...FREQUENCY_WORDS,
  ...FRAMEWORK_STATUS_LABELS,
  ...STEP_LABELS,
  ...COUNCIL_TYPE_LABELS,
  ...REGISTER_EVENT_KINDS,
  ...Object.fromEntries(Object.entries(RELATIONSHIP_LABELS).map(([value, label]) => [value, label.toTopic])),
};
const optionLabel = (value: string | number) => OPTION_LABELS[value] ?? labelFor(String(value).replace(/-/g, ' '));

/**
 * How each collection's entries are listed: by their names. Entries that are about another entry
 * (a framework's costs, a council's plan) are named after it: `__names` holds the names of what an
 * entry refers to (src/browser/cms.ts), as the site knew them when it was built.
 */
const SUMMARIES: Partial<Record<CollectionName, string>> = {
  costs: 'Costs: {{fields.__names.framework}}',
  benefits: 'Values and benefits: {{fields.__names.framework}}',
  mappings: 'Topic mappings: {{fields.__names.framework}}',
  actionPlans: 'Action plan: {{fields.__names.council}} ({{fields.__names.framework}})',
  register:
    '{{fields.__names.council}}: {{fields.__names.kind}}, {{fields.date.asPublished}} ({{fields.__names.framework}})',
  strategies: '{{fields.title}} ({{fields.__names.council}})',
};

/** A reference to another collection, marked so the JSON Schema says which collection. */
const cmsReference = <C extends CollectionName>(collection: C) =>
  z.string().meta({ cmsRelation: collection }) as unknown as z.ZodType<{ id: string; collection: C }, string>;

/**
 * JSON Schema keeps a string's pattern but not the message the schema gives when it fails: the
 * schema itself is asked, by parsing a value that fails the pattern (an empty string) and reading
 * its own message from the issue. Text in the source's words says so in its metadata
 * (`longText`, src/schemas/common.ts), which JSON Schema carries as it is.
 */
function keepPatternMessage(ctx: {
  zodSchema: z.core.$ZodType;
  jsonSchema: { pattern?: string; patternMessage?: string };
}) {
  if (ctx.jsonSchema.pattern === undefined) return;
  const issues = z.safeParse(ctx.zodSchema, '').error?.issues ?? [];
  const message = issues.findLast((i) => i.code === 'invalid_format' && i.format === 'regex')?.message;
  if (message !== undefined) ctx.jsonSchema.patternMessage = message;
}

/** Each collection's schema as JSON Schema: the shape of the file, before transforms. */
export function collectionJsonSchemas(): Record<CollectionName, JsonNode> {
  const schemas = makeSchemas(cmsReference);
  return Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => [
      key,
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: keepPatternMessage }) as JsonNode,
    ]),
  ) as Record<CollectionName, JsonNode>;
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

/** A relation widget choosing an entry of `collection` by its name, writing its id. */
function relationTo(collection: CollectionName, names: Record<string, string>): Partial<CmsField> {
  const shown = names[collection] ?? 'title';
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

/** One JSON Schema property as a Decap field; `path` ("actionPlans.items.standard") keys the overrides. */
export function fieldFor(
  name: string,
  node: JsonNode,
  required: boolean,
  path: string,
  names: Record<string, string>,
): CmsField {
  const field: CmsField = { name, label: FIELD_LABELS[path] ?? labelFor(name), widget: 'string' };
  if (!required) field.required = false;
  if (node.description) field.hint = node.description;
  const override = FIELD_OVERRIDES[path];
  if (override) return { ...field, ...override };

  if (node.cmsRelation) return { ...field, ...relationTo(node.cmsRelation, names) };
  if (node.enum)
    return { ...field, widget: 'select', options: node.enum.map((value) => ({ label: optionLabel(value), value })) };
  if (node.anyOf || node.oneOf || node.$ref) return { ...field, widget: 'hidden' };
  switch (node.type) {
    case 'string':
      if (node.pattern)
        field.pattern = [
          node.pattern,
          node.patternMessage ??
            (node.format === 'email' ? 'expected an email address' : `expected text matching ${node.pattern}`),
        ];
      if (node.longText) field.widget = 'text';
      return field;
    case 'number':
    case 'integer': {
      field.widget = 'number';
      field.value_type = node.type === 'integer' ? 'int' : 'float';
      const min =
        node.minimum ??
        (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + (node.type === 'integer' ? 1 : 0) : undefined);
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
        // Named by what a publisher reads (a relation's id is no name: partners show their role); by id only when nothing else.
        const named = ['number', 'title', 'name', 'activity', 'standard', 'role']
          .filter((f) => items.properties![f])
          .slice(0, 2);
        const summary = named.length ? named : ['id'].filter((f) => items.properties![f]);
        if (summary.length) field.summary = summary.map((f) => `{{fields.${f}}}`).join(' ');
      } else if (items.cmsRelation) {
        // A list of references is one relation choosing several, shown by name (not a list of ids).
        return { ...field, ...relationTo(items.cmsRelation, names), multiple: true };
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
  return COLLECTION_NAMES.map((key) => {
    const { label, singular, extension } = COLLECTIONS[key];
    const mdx = extension === '.mdx';
    const fields = fieldsFor(jsonSchemas[key], key, names);
    if (mdx)
      fields.push({
        name: 'body',
        label: 'Page text',
        widget: 'markdown',
        modes: ['raw', 'rich_text'],
        hint: 'The page text below the facts, in Markdown.',
      });
    const identifier = names[key]!;
    return {
      name: key,
      label,
      label_singular: singular,
      folder: collectionFolder(key),
      extension: mdx ? 'mdx' : 'yaml',
      format: mdx ? 'mdx-kept' : 'yaml-kept',
      create: true,
      slug: '{{slug}}',
      identifier_field: identifier,
      ...(SUMMARIES[key] ? { summary: SUMMARIES[key] } : {}),
      fields,
    };
  });
}

export interface CmsOptions {
  /** The GitHub repository ("owner/name") publishers' pull requests go to. */
  repo: string;
  branch?: string;
  /** The sign-in service's origin (services/cms-auth/), Decap's `base_url`; unset, Decap's default (Netlify). */
  authUrl?: string | undefined;
}

/**
 * The whole configuration: GitHub backend with open authoring (a publisher without write access
 * edits in the browser; the CMS forks the repository and opens a pull request) and the editorial
 * workflow; `local_backend` lets `npm run cms` use decap-server on the same machine instead.
 */
export function cmsConfig({ repo, branch = 'main', authUrl }: CmsOptions) {
  return {
    // Decap compares the sign-in window's origin with base_url exactly: an origin, no trailing slash.
    backend: {
      name: 'github',
      repo,
      branch,
      open_authoring: true,
      ...(authUrl ? { base_url: new URL(authUrl).origin, auth_endpoint: 'auth' } : {}),
    },
    publish_mode: 'editorial_workflow',
    local_backend: true,
    // An optional field left empty is left out of the file, as the schemas expect.
    omit_empty_optional_fields: true,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    collections: cmsCollections(),
  };
}
