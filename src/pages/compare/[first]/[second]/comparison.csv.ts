import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/site';
import { allPairs, crosswalkOf } from '../../../../lib/crosswalk';
import { csvResponse, pairTable } from '../../../../lib/exports';

export async function getStaticPaths() {
  return allPairs(crosswalkOf(await getCatalog())).map(([a, b]) => ({ params: { first: a.id, second: b.id } }));
}

export const GET: APIRoute = async ({ params }) => csvResponse(pairTable(crosswalkOf(await getCatalog()), params.first!, params.second!));
