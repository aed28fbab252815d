/**
 * The words search is built from: its filters, content types and sort keys. Kept apart from
 * ./records.ts (which reads the catalog) so the search page's browser script imports only these.
 */

/** The filters offered on the search page, in the order they are shown. */
export const SEARCH_FILTERS = ['region', 'framework', 'type', 'level', 'topic'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const SEARCH_FILTER_LABELS: Record<SearchFilter, string> = {
  region: 'Region',
  framework: 'Framework',
  type: 'Content type',
  level: 'Level',
  topic: 'Topic',
};

/** Kinds of page a result can be; the label is the filter value people see. */
export const CONTENT_TYPES = {
  standard: 'Standard',
  framework: 'Framework',
  costs: 'Costs',
  council: 'Council',
  strategy: 'Strategy',
  actionPlan: 'Action plan',
  topic: 'Topic',
  comparison: 'Comparison',
  register: 'Accreditation register',
} as const;
export type ContentType = keyof typeof CONTENT_TYPES;

/** Sort keys a result may carry. Pagefind leaves out results without the key being sorted by. */
export const SEARCH_SORTS = { title: 'Title (A to Z)', standard: 'Standard number' } as const;
export type SearchSort = keyof typeof SEARCH_SORTS;

/** The hidden filter holding a standard's number (see `runSearch` in query.ts). */
export const STANDARD_NUMBER_FILTER = 'number';
