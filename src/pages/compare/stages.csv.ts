import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../lib/crosswalk/crosswalk';
import { csvResponse, stagesTable } from '../../lib/site/downloads';

export const GET: APIRoute = async () => csvResponse(stagesTable(crosswalkOf(await getCatalog())));
