import type { APIRoute } from 'astro';
import { getCatalog, staticPaths } from '../../../../lib/catalog/site-catalog';
import { routes } from '../../../../lib/site/routes';
import { crosswalkOf } from '../../../../lib/crosswalk/crosswalk';
import { csvResponse, pairTable } from '../../../../lib/site/downloads';

export const getStaticPaths = staticPaths(routes.comparePairCsv);

export const GET: APIRoute = async ({ params }) => csvResponse(pairTable(crosswalkOf(await getCatalog()), params.first!, params.second!));
