/**
 * The content editor's own script, beside Decap's prebuilt program (decap-cms.js, which /admin/ loads
 * first and which starts itself). The configuration comes from ./config.yml (the <link
 * rel="cms-config-url"> on the page). This script gives the editor:
 * - its file formats (`yaml-kept`, `mdx-kept`): a save rewrites only what changed in the file
 *   (src/lib/cms/yaml-edit.ts), and an entry read from a file carries what the editor shows about
 *   it but never writes (keys starting "__": the file's text, the names of what it refers to, a
 *   framework's standards by slug and label for the references to them);
 * - previews in the site's stylesheet and its components' markup (frameworks, costs, register
 *   entries, action plans), and a warning before saving a price list whose lines do not add up to
 *   its published total;
 * - the error summary at the top of the form (src/browser/cms-errors.ts).
 */
import siteStyles from '../styles/site.css?url';
import { themeHeading, standardLabel } from '../lib/catalog/labels';
import type { Standard as StandardData, Theme as ThemeData } from '../lib/catalog/types';
import { splitFrontMatter, updateFrontMatter, updateYaml } from '../lib/cms/yaml-edit';
import {
  formatPounds,
  lineTotal,
  mismatchSentence,
  priceListTotals,
  totalsWarning,
  type PATHWAY_LABELS,
} from '../lib/costs/totals';
import { standardSlug } from '../schemas/standard-slug';
import {
  ACTION_HEADINGS,
  NOTICE_LABELS,
  NOT_STATED,
  NOT_STATED_IN_SOURCE,
  REGISTER_HEADINGS,
} from '../lib/catalog/wording';
import { Document, parse } from 'yaml';
import { startErrorSummary } from './cms-errors';

/** A React element, made with `h`. */
type PreviewElement = object;
type Data = Record<string, unknown>;
interface Formatter {
  fromFile: (text: string) => Data;
  toFile: (data: Data) => string;
}

declare global {
  /** What Decap's script build puts on window (https://decapcms.org/docs/customization/), as far as used here. */
  interface Window {
    CMS: {
      registerPreviewStyle: (href: string) => void;
      registerPreviewTemplate: (collection: string, template: (props: PreviewProps) => PreviewElement) => void;
      registerCustomFormat: (name: string, extension: string, formatter: Formatter) => void;
      registerEventListener: (listener: {
        name: 'preSave';
        handler: (event: { entry: { get: (key: 'data' | 'collection') => { toJS: () => Data } | string } }) => unknown;
      }) => void;
    };
    /** React.createElement of the React inside decap-cms.js. */
    h: (type: string, props: Record<string, unknown> | null, children?: unknown) => PreviewElement;
  }
}

interface PreviewProps {
  entry: { getIn: (path: string[]) => { toJS: () => unknown } | string | undefined };
  widgetFor: (name: string) => unknown;
  /** The collection's fields from the configuration. */
  fields: { toJS: () => { name: string; options?: { label: string; value: string }[] }[] };
}

/** A choice's label as the configuration gives it (src/lib/cms/config.ts), e.g. "Working towards accreditation". */
const choiceLabel = (fields: PreviewProps['fields'], name: string, value: string | undefined) =>
  fields
    .toJS()
    .find((f) => f.name === name)
    ?.options?.find((o) => o.value === value)?.label ??
  value ??
  '';

/** Names of what entries refer to, by collection and id, written into the page at build time (src/pages/admin/index.astro). */
const NAMES = JSON.parse(document.getElementById('cms-names')?.dataset.names ?? '{}') as Record<
  string,
  Record<string, string>
>;
/** Top-level fields that hold an id, and the table of names for it. */
const REFERENCES = {
  framework: 'frameworks',
  council: 'councils',
  provider: 'organisations',
  kind: 'registerKinds',
} as const;

/** What the editor knows of an entry beyond its file's facts; every key starts "__" and none is written back. */
function derived(data: Data, source: string): Data {
  const names = Object.fromEntries(
    Object.entries(REFERENCES)
      .filter(([key]) => typeof data[key] === 'string')
      .map(([key, collection]) => [key, NAMES[collection]?.[data[key] as string] ?? data[key]]),
  );
  const extra: Data = { __source: source, __names: names };
  // Each price list's totals as the file has them: a mismatch the source itself prints is no slip of the editor's.
  if (Array.isArray(data.priceLists)) {
    extra.__fileTotals = Object.fromEntries(
      (data.priceLists as PriceListDraft[]).map((list) => [list.id, totalsKey(list)]),
    );
  }
  // A framework's standards as references offer them: by slug (what the reference holds), shown by label and title.
  if (Array.isArray(data.themes) || Array.isArray(data.standards)) {
    const short = (data.shortTitle ?? data.title ?? '') as string;
    extra.__standards = themesOf(data).flatMap((theme) =>
      (theme.standards ?? []).map((s) => ({
        slug: standardSlug(s),
        label: `${short}: ${standardLabel({ number: s.number, title: s.title ?? '' })}`,
      })),
    );
  }
  return extra;
}

const written = (data: Data): Data => Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('__')));

const FRESH = { version: '1.1', lineWidth: 0 } as const;
const yamlFormat: Formatter = {
  fromFile: (text) => {
    const data = (parse(text) ?? {}) as Data;
    return { ...data, ...derived(data, text) };
  },
  toFile: (data) => {
    const source = data.__source;
    return typeof source === 'string'
      ? updateYaml(source, written(data))
      : new Document(written(data), FRESH).toString(FRESH);
  },
};
const mdxFormat: Formatter = {
  fromFile: (text) => {
    const { yaml, body } = splitFrontMatter(text);
    const data = (parse(yaml) ?? {}) as Data;
    // As Decap's own front-matter format: no body when the file has no text below the front matter.
    return { ...data, ...(body.trim() ? { body } : {}), ...derived(data, text) };
  },
  toFile: (data) => updateFrontMatter(typeof data.__source === 'string' ? data.__source : '', written(data)),
};

const plain = <T>(value: { toJS: () => unknown } | string | undefined, fallback: T): T =>
  value === undefined ? fallback : typeof value === 'string' ? (value as T) : (value.toJS() as T);

/** A theme and its standards as the editor holds them while they are written: any field may still be missing. */
type Standard = Partial<Pick<StandardData, 'number' | 'title'>>;
type Theme = Partial<Pick<ThemeData, 'number' | 'title'>> & { standards?: Standard[] };
/** A framework draft's themes, reading a flat `standards` list as one untitled theme, as the schema does. */
const themesOf = (data: Record<string, unknown>): Theme[] =>
  Array.isArray(data.standards) ? [{ standards: data.standards as Standard[] }] : ((data.themes as Theme[]) ?? []);
interface Stage {
  number?: number;
  title?: string;
  description?: string;
}

function FrameworkPreview({ entry, widgetFor }: PreviewProps): PreviewElement {
  const { h } = window;
  const title = plain(entry.getIn(['data', 'title']), '');
  const themes = themesOf(plain<Record<string, unknown>>(entry.getIn(['data']), {}));
  const stages = plain<Stage[]>(entry.getIn(['data', 'stages']), []);
  return h('main', { className: 'container' }, [
    h('h1', { key: 'title' }, title),
    h('div', { key: 'body' }, widgetFor('body')),
    // The stages in src/components/StageList.astro's markup.
    ...(stages.length
      ? [
          h('h2', { key: 'stages' }, 'Stages'),
          h(
            'ol',
            { key: 'stage-list', className: 'stage-list' },
            stages.map((stage, i) =>
              h('li', { key: i }, [
                h('h3', { key: 'h' }, [
                  stage.number !== undefined
                    ? h('span', { key: 'n', className: 'stage-number' }, `Stage ${stage.number}: `)
                    : null,
                  stage.title ?? '',
                ]),
                h('p', { key: 'p' }, stage.description ?? h('span', { className: 'not-stated' }, NOT_STATED_IN_SOURCE)),
              ]),
            ),
          ),
        ]
      : []),
    h('h2', { key: 'standards' }, 'Standards'),
    ...themes.map((theme, i) =>
      h('section', { key: `theme-${i}`, className: 'theme' }, [
        // A flat list of standards (no title) shows no heading, as on the site.
        theme.title === undefined
          ? null
          : h('h3', { key: 'h' }, themeHeading({ number: theme.number || undefined, title: theme.title })),
        h(
          'ol',
          { key: 'list', className: 'standard-list' },
          (theme.standards ?? []).map((standard, j) =>
            // An unnumbered standard or theme shows no number (an empty field counts as none), as on its page.
            h(
              'li',
              { key: j },
              !standard.number
                ? (standard.title ?? '')
                : [h('span', { key: 'n', className: 'standard-number' }, standard.number), ` ${standard.title ?? ''}`],
            ),
          ),
        ),
      ]),
    ),
  ]);
}

interface PriceListDraft {
  id?: string;
  title?: string;
  level?: string;
  pathway?: keyof typeof PATHWAY_LABELS;
  lines?: { activity?: string; unitPrice?: number; quantity?: number; asPublished?: string }[];
  publishedTotal?: number;
}

/** A price list's totals while it is edited: a line with no price yet counts as £0, no quantity as 1 (the schema's default). */
function draftTotals(list: PriceListDraft) {
  const lines = (list.lines ?? []).map((line) => ({
    ...line,
    activity: line.activity ?? '',
    asPublished: line.asPublished ?? '',
    unitPrice: Number(line.unitPrice) || 0,
    quantity: Number(line.quantity) || 1,
  }));
  return {
    lines,
    totals: priceListTotals({ lines, publishedTotal: list.publishedTotal } as Parameters<typeof priceListTotals>[0]),
  };
}

const totalsKey = (list: PriceListDraft) => {
  const { totals } = draftTotals(list);
  return `${totals.computed}/${totals.published}`;
};

/**
 * The editor's warning for a price list whose lines do not add up to its published total, unless
 * the file already had these very totals (`fileTotals`, by list id): then the source says so.
 */
function totalWarning(list: PriceListDraft, fileTotals: Record<string, string>): string | undefined {
  const { totals } = draftTotals(list);
  const warning = totalsWarning(totals.computed, totals.published);
  if (!warning || fileTotals[list.id ?? ''] === totalsKey(list)) return undefined;
  return `${list.title ?? list.id ?? 'A price list'}: ${warning}`;
}

/** A costs entry as its page shows it, in src/components/CostTable.astro's markup: lines, both totals, the mismatch notice. */
function CostsPreview({ entry }: PreviewProps): PreviewElement {
  const { h } = window;
  const lists = plain<PriceListDraft[]>(entry.getIn(['data', 'priceLists']), []);
  const basis = plain(entry.getIn(['data', 'basis']), '');
  const framework = plain<Record<string, string>>(entry.getIn(['data', '__names']), {}).framework ?? '';
  const fileTotals = plain<Record<string, string>>(entry.getIn(['data', '__fileTotals']), {});
  return h('main', { className: 'container' }, [
    h('h1', { key: 'h' }, `Costs: ${framework}`),
    h('p', { key: 'basis' }, basis),
    ...lists.map((list, i) => {
      const { lines, totals } = draftTotals(list);
      const mismatch = mismatchSentence(totals);
      const warning = totalWarning(list, fileTotals);
      return h('section', { key: i, className: 'price-list' }, [
        h('h3', { key: 'h' }, list.title ?? ''),
        warning
          ? h(
              'div',
              { key: 'warning', className: 'notice notice--inconsistency', role: 'alert' },
              h('p', null, [h('strong', { key: 's', className: 'notice-label' }, 'Check the total: '), warning]),
            )
          : null,
        h(
          'div',
          { key: 't', className: 'table-wrap' },
          h('table', null, [
            h('caption', { key: 'c' }, `Cost lines for ${list.title ?? ''}`),
            h(
              'thead',
              { key: 'head' },
              h(
                'tr',
                null,
                ['Activity', 'Unit price', 'Quantity', 'Line total', 'As published'].map((name, k) =>
                  h('th', { key: k, scope: 'col', className: k > 0 && k < 4 ? 'num' : undefined }, name),
                ),
              ),
            ),
            h(
              'tbody',
              { key: 'body' },
              lines.map((line, k) =>
                h('tr', { key: k }, [
                  h('th', { key: 'a', scope: 'row' }, line.activity),
                  h('td', { key: 'u', className: 'num' }, formatPounds(line.unitPrice)),
                  h('td', { key: 'q', className: 'num' }, String(line.quantity)),
                  h(
                    'td',
                    { key: 't', className: 'num' },
                    formatPounds(lineTotal(line as Parameters<typeof lineTotal>[0])),
                  ),
                  h('td', { key: 'p', className: 'as-published' }, line.asPublished),
                ]),
              ),
            ),
            h('tfoot', { key: 'foot' }, [
              h('tr', { key: 'c' }, [
                h('th', { key: 'h', scope: 'row', colSpan: 3 }, 'Total of the lines (computed)'),
                h('td', { key: 'v', className: 'num', 'data-total': 'computed' }, formatPounds(totals.computed)),
                h('td', { key: 'e' }),
              ]),
              h('tr', { key: 'p' }, [
                h('th', { key: 'h', scope: 'row', colSpan: 3 }, 'Total as published'),
                h(
                  'td',
                  { key: 'v', className: 'num', 'data-total': 'published' },
                  totals.published === undefined ? NOT_STATED : formatPounds(totals.published),
                ),
                h(
                  'td',
                  { key: 'e' },
                  totals.mismatch
                    ? 'Does not match the lines'
                    : totals.published === undefined
                      ? ''
                      : 'Matches the lines',
                ),
              ]),
            ]),
          ]),
        ),
        mismatch
          ? h(
              'div',
              { key: 'n', className: 'notice notice--inconsistency' },
              h('p', null, [
                h('strong', { key: 's', className: 'notice-label' }, NOTICE_LABELS.inconsistency),
                ` ${mismatch}`,
              ]),
            )
          : null,
      ]);
    }),
  ]);
}

interface RegisterDraft {
  kind?: string;
  date?: { asPublished?: string };
  target?: { what?: string; date?: { asPublished?: string } };
  asPublished?: string;
  source?: { title?: string };
}

/** A register entry as its row in src/components/RegisterTable.astro (the re-assessment due date is the site's own reckoning, not shown here). */
function RegisterPreview({ entry, fields }: PreviewProps): PreviewElement {
  const { h } = window;
  const data = plain<RegisterDraft>(entry.getIn(['data']), {});
  const names = plain<Record<string, string>>(entry.getIn(['data', '__names']), {});
  const cells = [
    [REGISTER_HEADINGS.charter, names.framework ?? ''],
    [REGISTER_HEADINGS.event, choiceLabel(fields, 'kind', data.kind)],
    [REGISTER_HEADINGS.date, data.date?.asPublished ?? ''],
    [
      REGISTER_HEADINGS.target,
      data.target ? `${data.target.what ?? ''}: by ${data.target.date?.asPublished ?? ''}` : '',
    ],
    [REGISTER_HEADINGS.words, `“${data.asPublished ?? ''}” (${data.source?.title ?? ''})`],
  ];
  return h(
    'main',
    { className: 'container' },
    h(
      'div',
      { className: 'table-wrap' },
      h('table', { className: 'stack-on-phone register-table' }, [
        h('caption', { key: 'c' }, 'Accreditation register'),
        h(
          'thead',
          { key: 'h' },
          h(
            'tr',
            null,
            ['Council', ...cells.map(([name]) => name)].map((name) => h('th', { key: name, scope: 'col' }, name)),
          ),
        ),
        h(
          'tbody',
          { key: 'b' },
          h('tr', null, [
            h('th', { key: 'council', scope: 'row', 'data-label': 'Council' }, names.council ?? ''),
            ...cells.map(([name, value]) => h('td', { key: name, 'data-label': name }, value)),
          ]),
        ),
      ]),
    ),
  );
}

interface PlanDraft {
  title?: string;
  items?: {
    standard?: string;
    need?: string;
    actions?: {
      action?: string;
      resources?: string;
      due?: { asPublished?: string };
      owner?: { asPublished?: string };
    }[];
  }[];
}

/** An action plan as its page: each row's standard, need and actions, in the action tables' markup. */
function ActionPlanPreview({ entry }: PreviewProps): PreviewElement {
  const { h } = window;
  const data = plain<PlanDraft>(entry.getIn(['data']), {});
  const council = plain<Record<string, string>>(entry.getIn(['data', '__names']), {}).council ?? '';
  return h('main', { className: 'container' }, [
    h('h1', { key: 'h' }, `${data.title ?? ''}: ${council}`),
    ...(data.items ?? []).map((item, i) =>
      h('section', { key: i }, [
        h('h2', { key: 'h' }, `Standard ${item.standard ?? ''}`),
        h('p', { key: 'p' }, item.need ?? ''),
        h(
          'div',
          { key: 't', className: 'table-wrap' },
          h('table', { className: 'stack-on-phone' }, [
            h(
              'thead',
              { key: 'h' },
              h(
                'tr',
                null,
                Object.values(ACTION_HEADINGS).map((name) => h('th', { key: name, scope: 'col' }, name)),
              ),
            ),
            h(
              'tbody',
              { key: 'b' },
              (item.actions ?? []).map((action, j) =>
                h('tr', { key: j }, [
                  h('td', { key: 'a' }, [
                    action.action ?? '',
                    action.resources
                      ? h('p', { key: 'r', className: 'muted' }, `Resources: ${action.resources}`)
                      : null,
                  ]),
                  h(
                    'td',
                    { key: 'd' },
                    action.due?.asPublished ?? h('span', { className: 'not-stated' }, NOT_STATED_IN_SOURCE),
                  ),
                  h(
                    'td',
                    { key: 'o' },
                    action.owner?.asPublished ?? h('span', { className: 'not-stated' }, NOT_STATED_IN_SOURCE),
                  ),
                ]),
              ),
            ),
          ]),
        ),
      ]),
    ),
  ]);
}

window.CMS.registerCustomFormat('yaml-kept', 'yaml', yamlFormat);
window.CMS.registerCustomFormat('mdx-kept', 'mdx', mdxFormat);
window.CMS.registerPreviewStyle(siteStyles);
window.CMS.registerPreviewTemplate('frameworks', FrameworkPreview);
window.CMS.registerPreviewTemplate('costs', CostsPreview);
window.CMS.registerPreviewTemplate('register', RegisterPreview);
window.CMS.registerPreviewTemplate('actionPlans', ActionPlanPreview);

// Before a price list whose lines do not add up to its published total is saved, the publisher is
// asked whether the source really says so; cancelling stops the save (Decap shows why).
window.CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    if (entry.get('collection') !== 'costs') return undefined;
    const data = (entry.get('data') as { toJS: () => Data }).toJS();
    const fileTotals = (data.__fileTotals ?? {}) as Record<string, string>;
    const warnings = ((data.priceLists ?? []) as PriceListDraft[])
      .map((list) => totalWarning(list, fileTotals))
      .filter((w): w is string => !!w);
    if (warnings.length && !window.confirm(`${warnings.join('\n\n')}\n\nSave anyway?`))
      throw new Error(warnings.join(' '));
    return undefined;
  },
});

startErrorSummary();
