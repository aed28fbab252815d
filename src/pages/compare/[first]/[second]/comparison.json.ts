import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/site';
import { allPairs, crosswalkOf } from '../../../../lib/crosswalk';
import { jsonResponse, pairJson } from '../../../../lib/exports';
import { absolute } from '../../../../lib/urls';

export async function getStaticPaths() {
  return allPairs(crosswalkOf(await getCatalog())).map(([a, b]) => ({ params: { first: a.id, second: b.id } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(pairJson(crosswalkOf(await getCatalog()), params.first!, params.second!, absolute(site)));
