import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { crosswalkOf } from '../../lib/crosswalk/crosswalk';
import { csvResponse, matrixTable } from '../../lib/site/downloads';
import { absolute } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => csvResponse(matrixTable(crosswalkOf(await getCatalog()), absolute(site)));
