import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/site';
import { crosswalkOf } from '../../../lib/crosswalk';
import { jsonResponse, standardsJson } from '../../../lib/exports';
import { absolute } from '../../../lib/urls';

export async function getStaticPaths() {
  return [...(await getCatalog()).frameworks.keys()].map((framework) => ({ params: { framework } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  return jsonResponse(standardsJson(catalog, crosswalkOf(catalog), params.framework!, absolute(site)));
};
