import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site';
import { jsonResponse } from '../../lib/exports';
import { registerRows } from '../../lib/register';
import { registerJson } from '../../lib/registerExports';
import { absolute } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => jsonResponse(registerJson(registerRows(await getCatalog()), absolute(site)));
