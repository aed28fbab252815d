/** A kept copy of a source document, published as it is, so a page's citation opens the text it was written from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { staticPaths } from '../../lib/site/site-catalog';
import { routes } from '../../lib/site/routes';
import { SOURCES_FOLDER } from '../../schemas/patterns';

export const getStaticPaths = staticPaths(routes.sourceCopy);

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), SOURCES_FOLDER, params.file!)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
