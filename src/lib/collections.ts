/** Where each collection's files live under src/content, shared by Astro's loaders and the content check. */
export const COLLECTION_FILES = {
  regions: { folder: 'regions', pattern: '*.yaml' },
  organisations: { folder: 'organisations', pattern: '*.yaml' },
  frameworks: { folder: 'frameworks', pattern: '*.mdx' },
  costs: { folder: 'costs', pattern: '*.yaml' },
  benefits: { folder: 'benefits', pattern: '*.yaml' },
  councils: { folder: 'councils', pattern: '*.yaml' },
  strategies: { folder: 'strategies', pattern: '*.yaml' },
  actionPlans: { folder: 'action-plans', pattern: '*.yaml' },
  topics: { folder: 'topics', pattern: '*.yaml' },
  mappings: { folder: 'mappings', pattern: '*.yaml' },
  register: { folder: 'register', pattern: '*.yaml' },
} as const;

export type CollectionKey = keyof typeof COLLECTION_FILES;
