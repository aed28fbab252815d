import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog/site-catalog';
import { jsonResponse } from '../../lib/site/downloads';
import { registerRows } from '../../lib/register/register';
import { registerJson } from '../../lib/register/downloads';
import { absolute } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) => jsonResponse(registerJson(registerRows(await getCatalog()), absolute(site)));
