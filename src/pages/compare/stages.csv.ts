import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { csvResponse, stagesTable } from '../../lib/exports';

export const GET: APIRoute = async () => csvResponse(stagesTable(crosswalkOf(await getCatalog())));
