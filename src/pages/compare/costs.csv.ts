import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { costsTable, csvResponse } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return csvResponse(costsTable(catalog, crosswalkOf(catalog)));
};
