import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { crosswalkOf } from '../../lib/crosswalk';
import { jsonResponse, matrixJson } from '../../lib/exports';
import { absolute } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => jsonResponse(matrixJson(crosswalkOf(await getCatalog()), absolute(site)));
