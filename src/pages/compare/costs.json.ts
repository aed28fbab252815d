import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { costsJson, jsonResponse } from '../../lib/exports';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  return jsonResponse(costsJson(catalog, crosswalkOf(catalog)));
};
