/** The updates as an RSS feed (src/lib/site/feed.ts). */
import type { APIContext } from 'astro';
import { updatesFeed } from '../../lib/site/feed';
import { getUpdates } from '../../lib/site/site-updates';

export async function GET(context: APIContext) {
  const { updates } = await getUpdates();
  return new Response(await updatesFeed(updates, context.site), { headers: { 'Content-Type': 'application/xml' } });
}
