import type { APIRoute } from 'astro';
import { downloadResponse } from '../../lib/site/download-files';
import { routes } from '../../lib/site/routes';

export const GET: APIRoute = ({ site }) => downloadResponse(routes.compareStagesCsv.path({}), site);
