/**
 * The source documents the site publishes beside its pages: exactly the kept copies that content
 * cites and that the content check's rule for `source.file` accepts (src/lib/content/kept-sources.ts),
 * so nothing else under sources/, and nothing outside it, is ever copied into the site.
 */
import type { Catalog } from '../catalog/catalog';
import { citationsOf, keptSourceProblem } from '../content/kept-sources';

/** Every cited file ("sources/…") that is a kept copy, once each, A to Z. */
export function keptSourceFiles(catalog: Catalog, root: string = process.cwd()): string[] {
  const cited = (Object.values(catalog.entries) as { data?: Parameters<typeof citationsOf>[0] }[][])
    .flatMap((list) => list.flatMap((entry) => citationsOf(entry.data).map((c) => c.source.file)))
    .filter((file): file is string => file !== undefined);
  return [...new Set(cited)].filter((file) => keptSourceProblem(file, root) === undefined).sort();
}
