import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { csvResponse } from '../../lib/site/downloads';
import { registerRows } from '../../lib/register/register';
import { registerTable } from '../../lib/register/downloads';

export const GET: APIRoute = async () => csvResponse(registerTable(registerRows(await getCatalog())));
