import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/site';
import { crosswalkOf } from '../../../../lib/crosswalk';
import { pairRoutes } from '../../../../lib/pair-routes';
import { csvResponse, pairTable } from '../../../../lib/exports';

export async function getStaticPaths() {
  return pairRoutes(await getCatalog()).pages.map(([a, b]) => ({ params: { first: a.id, second: b.id } }));
}

export const GET: APIRoute = async ({ params }) => csvResponse(pairTable(crosswalkOf(await getCatalog()), params.first!, params.second!));
