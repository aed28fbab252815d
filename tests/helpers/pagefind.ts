/**
 * Runs the site's real search bundle (dist/pagefind/pagefind.js, the file browsers load) in Node:
 * its fetches for index chunks are answered from disk, so tests query exactly what visitors query.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runSearch, type PagefindApi, type SearchRequest } from '../../src/lib/search/query';
import { DIST } from './dist';

const ORIGIN = 'http://pagefind.test';

/** Loads dist/pagefind/pagefind.js; result URLs come back as site paths ("/frameworks/…/"). */
export async function loadPagefind(dist = DIST): Promise<PagefindApi> {
  const bundle = join(dist, 'pagefind');
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const address = new URL(input instanceof Request ? input.url : String(input));
    if (address.origin !== ORIGIN) return realFetch(input, init);
    const file = join(bundle, decodeURIComponent(address.pathname.replace(/^\/pagefind\//, '')));
    return new Response(await readFile(file));
  };
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindApi;
  await pagefind.options({ basePath: `${ORIGIN}/pagefind/`, baseUrl: '/' });
  return pagefind;
}

/** The data of the first `count` results for a request, best first, found as the search page finds them. */
export async function topResults(pagefind: PagefindApi, term: string, request: Partial<SearchRequest> = {}, count = 5) {
  const results = await runSearch(pagefind, { term, filters: {}, sort: '', ...request });
  return Promise.all(results.slice(0, count).map((r) => r.data()));
}
