import type { APIRoute } from 'astro';
import { staticPaths } from '../../../../lib/site/site-catalog';
import { downloadResponse } from '../../../../lib/site/download-files';
import { routes } from '../../../../lib/site/routes';

export const getStaticPaths = staticPaths(routes.comparePairJson);

export const GET: APIRoute = ({ params, site }) =>
  downloadResponse(routes.comparePairJson.path({ first: params.first!, second: params.second! }), site);
