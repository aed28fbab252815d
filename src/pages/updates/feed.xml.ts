/** The updates as an RSS feed (src/lib/changes/feed.ts). */
import type { APIContext } from 'astro';
import { updatesFeed } from '../../lib/changes/feed';
import { getUpdates } from '../../lib/changes/site-updates';

export async function GET(context: APIContext) {
  const { updates } = await getUpdates();
  return new Response(await updatesFeed(updates, context.site), { headers: { 'Content-Type': 'application/xml' } });
}
