import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../lib/crosswalk/crosswalk';
import { costsTable, csvResponse } from '../../lib/site/downloads';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return csvResponse(costsTable(catalog, crosswalkOf(catalog)));
};
