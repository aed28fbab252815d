import type { APIRoute } from 'astro';
import { getCatalog } from '../../../../lib/catalog/site-catalog';
import { registerRows } from '../../../../lib/register/register';
import { registerCalendar } from '../../../../lib/register/downloads';
import { absolute } from '../../../../lib/site/urls';

export async function getStaticPaths() {
  return [...(await getCatalog()).regions.keys()].map((region) => ({ params: { region } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  return new Response(registerCalendar(catalog, registerRows(catalog), params.region!, absolute(site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
