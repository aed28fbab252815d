/**
 * The search page's behaviour: loads Pagefind's index from <base>/pagefind/ and runs the request in
 * the form (and in the page address, so searches can be linked to and the header's plain search box
 * works) once the visitor pauses typing or settles on a filter. What a first search downloads is kept small: the
 * filter values are fetched only when the filter controls are opened or a link asks for a filter,
 * and the index chunks for the words are fetched while the visitor is still typing.
 */
import { CONTENT_TYPES, SEARCH_FILTERS, SEARCH_FILTER_LABELS } from '../lib/search/vocabulary';
import {
  isEmptyRequest,
  paramsFromRequest,
  requestFromParams,
  runSearch,
  type PagefindApi,
  type PagefindResultData,
  type SearchRequest,
} from '../lib/search/query';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const TYPE_ORDER: string[] = Object.values(CONTENT_TYPES);
/**
 * Results shown at a time. Each shown result fetches its own fragment of the index (a long
 * strategy's is 10 KB), so a first search downloads only what the first page of results needs;
 * "Show more results" fetches more. Five is Pagefind's own default UI's page size, and keeps a
 * first search within the 120 KB the benchmark measures (`npm run bench`).
 */
const PAGE_SIZE = 5;
/** Pause after typing before searching (ms). */
const TYPING_PAUSE = 250;
/**
 * Pause after a filter or order changes (ms): Chromium fires `change` for every arrow key on a
 * closed select, so a keyboard user stepping through the options would otherwise search at each.
 */
const CHOICE_PAUSE = 400;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
if (form) void start(form);

async function start(form: HTMLFormElement) {
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  // A search in the address (a link, or the header's box) fills the box at once, so the words are
  // kept even when the index cannot be loaded.
  const linked = requestFromParams(new URLSearchParams(location.search));
  if (linked.term && !input.value) input.value = linked.term;

  let pagefind: PagefindApi;
  try {
    pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindApi;
    // noWorker: searching this index on the page is quick, and skips the 12 KB (gzip) worker script.
    await pagefind.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE, noWorker: true });
  } catch {
    const term = input.value.trim();
    status.textContent = `Search${term ? ` for “${term}”` : ''} is not available at the moment. You can browse the site instead.`;
    return;
  }
  document.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
  const options = form.querySelector<HTMLDetailsElement>('[data-search-options]')!;
  options.hidden = false;

  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= pagefind.filters().then(fillFilters, () => {
      status.textContent = 'The filters could not be loaded. Searching by words still works.';
    }));
  options.addEventListener('toggle', () => {
    if (options.open) void loadFilters();
  });

  function fillFilters(available: Record<string, Record<string, number>>) {
    for (const name of SEARCH_FILTERS) {
      const values = Object.keys(available[name] ?? {}).sort((a, b) =>
        name === 'type' ? TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b) : a.localeCompare(b, 'en-GB'),
      );
      // A filter nothing is tagged with yet (topics, before there are any) is not offered.
      form.querySelector<HTMLElement>(`[data-search-filter="${name}"]`)!.hidden = values.length === 0;
      select(name).append(...values.map((value) => new Option(value, value)));
    }
  }

  const readForm = (): SearchRequest =>
    requestFromParams(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  function writeForm(request: SearchRequest) {
    input.value = request.term;
    for (const name of SEARCH_FILTERS) {
      const value = request.filters[name] ?? '';
      // Only values the index knows; an unknown one from an old link falls back to "Any".
      select(name).value = [...select(name).options].some((o) => o.value === value) ? value : '';
    }
    select('sort').value = request.sort;
  }

  let latest = 0;
  let results: Awaited<ReturnType<typeof runSearch>> = [];
  let request = readForm();

  /** Shows the next page of results; returns the first new item, for moving focus to it. */
  async function showMore(run: number): Promise<HTMLLIElement | undefined> {
    const shown = list.children.length;
    const data = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (run !== latest) return undefined; // a newer search has started; its results win
    const items = data.map(resultItem);
    list.append(...items);
    more.hidden = list.children.length >= results.length;
    status.textContent = isEmptyRequest(request) ? '' : describe(results.length, list.children.length, request);
    return items[0];
  }

  async function search() {
    request = readForm();
    const query = paramsFromRequest(request).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    const run = ++latest;
    const found = await runSearch(pagefind, request);
    if (run !== latest) return;
    results = found;
    list.replaceChildren();
    await showMore(run);
  }

  more.addEventListener('click', async () => {
    const first = await showMore(latest);
    // Keyboard and screen-reader users carry on from the first new result.
    first?.querySelector('a')?.focus();
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchAfter = (pause: number) => {
    clearTimeout(timer);
    timer = setTimeout(search, pause);
  };
  input.addEventListener('input', () => {
    // Fetch the index chunks for these words now; the search itself waits until typing pauses.
    if (input.value.trim()) void pagefind.preload(input.value.trim());
    searchAfter(TYPING_PAUSE);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) searchAfter(CHOICE_PAUSE);
  });
  form.querySelector<HTMLButtonElement>('[data-search-clear]')!.addEventListener('click', () => {
    for (const name of SEARCH_FILTERS) select(name).value = '';
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });

  // A search in the address fills the form; words typed while the index was loading are kept and
  // searched for now.
  if (Object.values(linked.filters).some(Boolean) || linked.sort) {
    options.open = true;
    await loadFilters();
  }
  if (!isEmptyRequest(linked)) writeForm(linked);
  if (!isEmptyRequest(readForm())) await search();
}

function describe(count: number, shown: number, request: SearchRequest): string {
  const found =
    count === 0
      ? 'No results'
      : count === 1
        ? '1 result'
        : `${count} results${shown < count ? `, showing the first ${shown}` : ''}`;
  const term = request.term.trim() ? ` for “${request.term.trim()}”` : '';
  const narrowed = SEARCH_FILTERS.filter((f) => request.filters[f]).map(
    (f) => `${SEARCH_FILTER_LABELS[f].toLowerCase()}: ${request.filters[f]}`,
  );
  return `${found}${term}${narrowed.length ? ` (${narrowed.join('; ')})` : ''}.`;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = item.appendChild(document.createElement('p'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const type = item.appendChild(document.createElement('p'));
  type.className = 'search-result-type';
  type.textContent = result.meta['type'] ?? '';
  const excerpt = item.appendChild(document.createElement('p'));
  // Pagefind escapes the page text and marks the matched words with <mark>.
  excerpt.innerHTML = result.excerpt;
  return item;
}
