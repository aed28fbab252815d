/**
 * The catalog as the site sees it: Astro's collections, loaded once per build and shared by
 * every page (the promise is cached at module level, so no page re-reads content).
 */
import { getCollection } from 'astro:content';
import type { Catalog } from '../catalog/catalog';
import { COLLECTION_NAMES } from '../../schemas/collections';
import { checkedCatalog } from '../content/references';
import type { EntriesByCollection } from '../catalog/types';

let catalog: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const names = COLLECTION_NAMES;
  const loaded = await Promise.all(names.map((name) => getCollection(name)));
  const entries = Object.fromEntries(
    names.map((name, i) => [name, loaded[i]!.map((e) => ({ id: e.id, data: e.data, filePath: e.filePath }))]),
  ) as unknown as EntriesByCollection;
  return checkedCatalog(entries);
}

export const getCatalog = (): Promise<Catalog> => (catalog ??= load());

/**
 * A page's getStaticPaths: its route's pages (src/lib/site/routes.ts) for the site's catalog.
 */
export const staticPaths =
  <Pages>(route: { entries(catalog: Catalog): Pages }) =>
  async () =>
    route.entries(await getCatalog());
