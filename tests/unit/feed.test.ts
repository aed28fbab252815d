/** The RSS feed is well-formed XML whatever text the updates carry, read back with an XML parser. */
import { describe, expect, it } from 'vitest';
import { updatesFeed } from '../../src/lib/site/feed';
import type { Update } from '../../src/lib/site/updates';
import { parseXml } from '../helpers/xml';

const update = (title: string, description: string, date?: string): Update => ({
  date,
  dateText: date,
  kind: 'change',
  title,
  description,
  path: '/frameworks/x/',
  id: `change:${title.length}`,
});

describe('the updates feed', () => {
  it('parses as XML with control characters, markup and CDATA ends in the text, keeping the words', async () => {
    const hostile = [
      update(
        'Form\ffeed and ESC\x1b[31m',
        'NUL\x00, bell\x07, DEL stays\x7f, lone surrogate \uD800 and U+FFFE \uFFFE here',
        '2026-01-05',
      ),
      update('<script>alert(1)</script> & ]]> "quotes"', '<![CDATA[ x ]]> &amp; &#0;', '2026-02'),
    ];
    const xml = await updatesFeed(hostile, new URL('https://charters.example.gov.uk/'));
    const feed = parseXml(xml) as {
      rss: { channel: { item: { title: string; description: string; pubDate?: string }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items.map((i) => i.title)).toEqual(['Formfeed and ESC[31m', '<script>alert(1)</script> & ]]> "quotes"']);
    expect(items[0]!.description).toBe('NUL, bell, DEL stays\x7f, lone surrogate  and U+FFFE  here');
    expect(items[1]!.description).toBe('2026-02: <![CDATA[ x ]]> &amp; &#0;');
    expect(items[0]!.pubDate).toBe('Mon, 05 Jan 2026 00:00:00 GMT');
    expect(items[1]!.pubDate).toBeUndefined();
  });
});
