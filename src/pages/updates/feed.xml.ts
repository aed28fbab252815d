/** The updates as an RSS feed. An item has a pubDate only when its date is a whole day. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getUpdates } from '../../lib/changes/site-updates';
import { url } from '../../lib/site/urls';

export async function GET(context: APIContext) {
  const { updates } = await getUpdates();
  return rss({
    title: 'Charter Atlas: updates',
    description: 'New editions of member development charter frameworks and changes to their content.',
    site: new URL(url('/'), context.site).href,
    trailingSlash: true,
    items: updates.map((u) => ({
      title: u.title,
      link: new URL(url(u.path), context.site).href,
      description: u.date && u.date.length === 7 ? `${u.dateText}: ${u.description}` : u.description,
      // The page link alone is not unique: a page can change many times.
      customData: `<guid isPermaLink="false">charter-atlas:${u.id.replace(/[<>&"']/g, '')}</guid>`,
      ...(u.date?.length === 10 ? { pubDate: new Date(`${u.date}T00:00:00Z`) } : {}),
    })),
  });
}
