import type { APIRoute } from 'astro';
import { getCatalog, staticPaths } from '../../../lib/catalog/site-catalog';
import { routes } from '../../../lib/site/routes';
import { crosswalkOf } from '../../../lib/crosswalk/crosswalk';
import { jsonResponse, standardsJson } from '../../../lib/site/downloads';
import { absolute } from '../../../lib/site/urls';

export const getStaticPaths = staticPaths(routes.standardsJson);

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  return jsonResponse(standardsJson(catalog, crosswalkOf(catalog), params.framework!, absolute(site)));
};
