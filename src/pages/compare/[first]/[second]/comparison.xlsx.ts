import type { APIRoute } from 'astro';
import { staticPaths } from '../../../../lib/site/site-catalog';
import { downloadResponse } from '../../../../lib/site/download-files';
import { routes } from '../../../../lib/site/routes';

export const getStaticPaths = staticPaths(routes.comparePairXlsx);

export const GET: APIRoute = ({ params, site }) =>
  downloadResponse(routes.comparePairXlsx.path({ first: params.first!, second: params.second! }), site);
