import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { csvResponse } from '../../lib/exports';
import { registerRows } from '../../lib/register';
import { registerTable } from '../../lib/registerExports';

export const GET: APIRoute = async () => csvResponse(registerTable(registerRows(await getCatalog())));
