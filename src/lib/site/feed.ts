/**
 * The updates as an RSS 2.0 feed. An item has a pubDate only when its date is a whole day. Text is
 * stripped of the characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF): one form feed or ESC would make the whole feed malformed for every
 * subscriber, whatever the content rules let through.
 */
import { getRssString } from '@astrojs/rss';
import type { Update } from './updates';
import { absolute } from '../common/urls';
import { precisionOf } from '../catalog/dates';

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const xmlText = (text: string) => text.replace(NOT_XML, '');

/** The feed's title, as the feed and the pages' link to it name it. */
export const FEED_TITLE = 'Charter Atlas: updates';

export function updatesFeed(updates: Update[], site: URL | undefined): Promise<string> {
  const link = absolute(site);
  return getRssString({
    title: FEED_TITLE,
    description:
      "New editions of member development charter frameworks, accreditation events and changes to the charters' content.",
    site: link('/'),
    trailingSlash: true,
    items: updates.map((u) => ({
      title: xmlText(u.title),
      link: link(u.path),
      description: xmlText(u.date && precisionOf(u.date) !== 'day' ? `${u.dateText}: ${u.description}` : u.description),
      // The page link alone is not unique: a page can change many times.
      customData: `<guid isPermaLink="false">charter-atlas:${xmlText(u.id).replace(/[<>&"']/g, '')}</guid>`,
      ...(u.date && precisionOf(u.date) === 'day' ? { pubDate: new Date(`${u.date}T00:00:00Z`) } : {}),
    })),
  });
}
