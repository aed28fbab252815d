/**
 * Running a search: the one piece of logic shared by the search page's script and the tests, so
 * the tests query the index exactly as visitors do. Works on Pagefind's browser API.
 */
import { SEARCH_FILTERS, SEARCH_SORTS, STANDARD_NUMBER_FILTER, type SearchFilter, type SearchSort } from './vocabulary';

/** The parts of Pagefind's browser API (pagefind.js) the site uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  content: string;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  options(options: { basePath?: string; baseUrl?: string; noWorker?: boolean }): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Fetches the index chunks a search for `term` will need, without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** What someone asked for: words, one value per filter, and an order ('' for best match). */
export interface SearchRequest {
  term: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort | '';
}

/** A standard's number as people type it: "2.9", "1.10". */
export const STANDARD_NUMBER = /^\d+(?:\.\d+)+$/;

/** The search page's address carries the request (?q=…&region=…&sort=…), so a search can be linked to. */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort') ?? '';
  return { term: params.get('q') ?? '', filters, sort: sort in SEARCH_SORTS ? (sort as SearchSort) : '' };
}

export function paramsFromRequest(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.term) params.set('q', request.term);
  for (const name of SEARCH_FILTERS) {
    const value = request.filters[name];
    if (value) params.set(name, value);
  }
  if (request.sort) params.set('sort', request.sort);
  return params;
}

/** Nothing to search for: no words and no filter. */
export const isEmptyRequest = (request: SearchRequest) =>
  !request.term.trim() && !Object.values(request.filters).some(Boolean);

/**
 * Results, best first. Filters alone list everything they match. A standard number ("2.9") puts
 * the standards with exactly that number first: word search alone would also match "2.9" inside
 * "12.9" or rank a page that merely lists the number above the standard itself.
 */
export async function runSearch(pagefind: PagefindApi, request: SearchRequest): Promise<PagefindResult[]> {
  if (isEmptyRequest(request)) return [];
  const term = request.term.trim();
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, value]) => value)) as Record<
    string,
    string
  >;
  const options: PagefindSearchOptions = { filters, ...(request.sort && { sort: { [request.sort]: 'asc' as const } }) };
  const words = await pagefind.search(term || null, options);
  if (!STANDARD_NUMBER.test(term)) return words.results;
  const exact = await pagefind.search(null, { ...options, filters: { ...filters, [STANDARD_NUMBER_FILTER]: term } });
  const first = new Set(exact.results.map((r) => r.id));
  return [...exact.results, ...words.results.filter((r) => !first.has(r.id))];
}
