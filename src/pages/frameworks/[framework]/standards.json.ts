import type { APIRoute } from 'astro';
import { staticPaths } from '../../../lib/site/site-catalog';
import { downloadResponse } from '../../../lib/site/download-files';
import { routes } from '../../../lib/site/routes';

export const getStaticPaths = staticPaths(routes.standardsJson);

export const GET: APIRoute = ({ params, site }) =>
  downloadResponse(routes.standardsJson.path({ framework: params.framework! }), site);
