import type { APIRoute } from 'astro';
import { getCatalog, staticPaths } from '../../../../lib/catalog/site-catalog';
import { routes } from '../../../../lib/site/routes';
import { registerRows } from '../../../../lib/register/register';
import { registerCalendar } from '../../../../lib/register/downloads';
import { absolute } from '../../../../lib/site/urls';

export const getStaticPaths = staticPaths(routes.registerCalendar);

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  return new Response(registerCalendar(catalog, registerRows(catalog), params.region!, absolute(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
