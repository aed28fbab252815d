import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { jsonResponse, stagesJson } from '../../lib/exports';

export const GET: APIRoute = async () => jsonResponse(stagesJson(crosswalkOf(await getCatalog())));
