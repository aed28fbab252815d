/**
 * The HTML the search index reads, with a separator after elements a reader sees apart but that
 * Pagefind (1.6) runs into the next text: it puts spaces only around h1–h6, p, td, div, ul, li,
 * article and section, so a summary list's `<dt>Framework</dt><dd>East Midlands…` became
 * "FrameworkEast Midlands" in result snippets. A term is followed by a colon ("Framework: East
 * Midlands"), the other elements by a space. Only the copy given to the indexer changes; the
 * pages served are untouched.
 */
const TERM_END = /([:.?!])?<\/dt>/gi;
const BLOCK_END =
  /<\/(?:dd|th|caption|figcaption|legend|summary|blockquote|dl|ol|table|tr|figure|pre|aside|header|details|address)>/gi;

export function separateBlocks(html: string): string {
  return html
    .replace(TERM_END, (_, stop: string | undefined) => (stop ? `${stop}</dt> ` : '</dt>: '))
    .replace(BLOCK_END, '$& ');
}
