/**
 * A plain `astro build` of a copy of the project whose git history has hostile commit messages and
 * a forged date (tests/helpers/content-history.ts): /updates/ and its feed show the content's
 * changes, dated by their commits, and no commit text at all.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/common/urls';
import {
  HOSTILE,
  costs,
  framework,
  lineTotal,
  list,
  pounds,
  standard,
  writeHostileHistory,
} from '../helpers/content-history';
import { realCatalog } from '../helpers/content';
import { text } from '../helpers/dist';
import { parseXml } from '../helpers/xml';
import { exec, projectCopyWith, type Run } from '../helpers/site-copy';

let site: string;
let build: Run;
const read = (path: string) => readFileSync(join(site, 'dist', path, path.endsWith('/') ? 'index.html' : ''), 'utf8');

beforeAll(() => {
  site = projectCopyWith([]);
  writeHostileHistory(site);
  build = exec(site, 'astro', ['build']);
}, 240_000);
afterAll(() => site && rmSync(site, { recursive: true, force: true }));

describe('updates built from a hostile git history', () => {
  it("builds, and the page and feed hold the content's changes and no commit text", () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const page = read(paths.updates());
    const feed = read(paths.updatesFeed());
    for (const piece of HOSTILE) {
      expect(page, piece).not.toContain(piece);
      expect(feed, piece).not.toContain(piece);
    }
    const main = parse(page).querySelector('main')!;
    const costsTitle = `${realCatalog().frameworks.get(costs.data.framework.id)!.data.shortTitle}: price list “${list.title}” changed from ${pounds(lineTotal(list.lines[0]!.unitPrice))} to ${pounds(lineTotal(list.lines[0]!.unitPrice + 100))}`;
    const items = main
      .querySelectorAll('ol > li')
      .map((li) => [text(li.querySelector('h2')), li.querySelector('time')!.getAttribute('datetime')]);
    expect(items).toContainEqual([costsTitle, '2026-02-10']);
    expect(items).toContainEqual([`${framework.data.shortTitle}: standard ${standard.number} reworded`, '2026-03-15']);
    expect(text(main)).toContain(
      "Content changes are listed from 5 January 2026, when this site's content was first recorded.",
    );
    const { rss } = parseXml(feed, (name) => name === 'item') as { rss: { channel: { item: { title: string }[] } } };
    expect(rss.channel.item.map((i) => i.title)).toContain(costsTitle);
  });
});
