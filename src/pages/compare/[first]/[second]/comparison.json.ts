import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../../../lib/crosswalk/crosswalk';
import { pairRoutes } from '../../../../lib/crosswalk/pair-routes';
import { jsonResponse, pairJson } from '../../../../lib/site/downloads';
import { absolute } from '../../../../lib/site/urls';

export async function getStaticPaths() {
  return pairRoutes(await getCatalog()).pages.map(([a, b]) => ({ params: { first: a.id, second: b.id } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(pairJson(crosswalkOf(await getCatalog()), params.first!, params.second!, absolute(site)));
