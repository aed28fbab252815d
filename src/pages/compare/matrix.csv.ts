import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { csvResponse, matrixTable } from '../../lib/exports';
import { absolute } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => csvResponse(matrixTable(crosswalkOf(await getCatalog()), absolute(site)));
