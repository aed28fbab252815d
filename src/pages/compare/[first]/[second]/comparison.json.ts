import type { APIRoute } from 'astro';
import { getCatalog, staticPaths } from '../../../../lib/catalog/site-catalog';
import { routes } from '../../../../lib/site/routes';
import { crosswalkOf } from '../../../../lib/crosswalk/crosswalk';
import { jsonResponse, pairJson } from '../../../../lib/site/downloads';
import { absolute } from '../../../../lib/site/urls';

export const getStaticPaths = staticPaths(routes.comparePairJson);

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(pairJson(crosswalkOf(await getCatalog()), params.first!, params.second!, absolute(site)));
