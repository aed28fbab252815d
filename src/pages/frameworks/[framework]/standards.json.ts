import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../../lib/crosswalk/crosswalk';
import { jsonResponse, standardsJson } from '../../../lib/site/downloads';
import { absolute } from '../../../lib/site/urls';

export async function getStaticPaths() {
  return [...(await getCatalog()).frameworks.keys()].map((framework) => ({ params: { framework } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  return jsonResponse(standardsJson(catalog, crosswalkOf(catalog), params.framework!, absolute(site)));
};
