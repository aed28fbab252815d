/**
 * Every content collection, once: its folder under src/content/ and its files' extension, what one
 * entry is called in the check's messages, and its names in the content editor, which lists the
 * collections in this order. Every other list of collections (the schemas, the content's types,
 * Astro's collections, the site's catalog, the check and the editor) is derived from this table.
 */
export const COLLECTIONS = {
  frameworks: {
    folder: 'frameworks',
    extension: '.mdx',
    entry: 'framework',
    label: 'Frameworks',
    singular: 'Framework',
  },
  costs: { folder: 'costs', extension: '.yaml', entry: 'costs file', label: 'Costs', singular: 'Costs page' },
  benefits: {
    folder: 'benefits',
    extension: '.yaml',
    entry: 'benefits file',
    label: 'Values and benefits',
    singular: 'Values and benefits page',
  },
  councils: { folder: 'councils', extension: '.yaml', entry: 'council', label: 'Councils', singular: 'Council' },
  strategies: {
    folder: 'strategies',
    extension: '.yaml',
    entry: 'strategy',
    label: 'Strategies',
    singular: 'Strategy',
  },
  actionPlans: {
    folder: 'action-plans',
    extension: '.yaml',
    entry: 'action plan',
    label: 'Action plans',
    singular: 'Action plan',
  },
  mappings: {
    folder: 'mappings',
    extension: '.yaml',
    entry: 'topic mapping',
    label: 'Topic mappings',
    singular: 'Topic mapping',
  },
  organisations: {
    folder: 'organisations',
    extension: '.yaml',
    entry: 'organisation',
    label: 'Organisations',
    singular: 'Organisation',
  },
  regions: { folder: 'regions', extension: '.yaml', entry: 'region', label: 'Regions', singular: 'Region' },
  topics: { folder: 'topics', extension: '.yaml', entry: 'topic', label: 'Topics', singular: 'Topic' },
  register: {
    folder: 'register',
    extension: '.yaml',
    entry: 'register entry',
    label: 'Accreditation register',
    singular: 'Register entry',
  },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The folder all content lives in, relative to the repository root. */
export const CONTENT_FOLDER = 'src/content';

/** A collection's folder relative to the repository root ("src/content/action-plans"). */
export const collectionFolder = (name: CollectionName): string => `${CONTENT_FOLDER}/${COLLECTIONS[name].folder}`;

/** The collections' names, in the table's order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
