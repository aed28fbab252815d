import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../lib/crosswalk/crosswalk';
import { jsonResponse, stagesJson } from '../../lib/site/downloads';

export const GET: APIRoute = async () => jsonResponse(stagesJson(crosswalkOf(await getCatalog())));
