/** The updates list for the site build: read git's content history once per build. */
import { getCatalog } from '../catalog/site-catalog';
import { gitContentLog, listUpdates, type Update } from './updates';

let updates: Promise<Update[]> | undefined;
export const getUpdates = (): Promise<Update[]> =>
  (updates ??= getCatalog().then((catalog) => listUpdates(catalog, gitContentLog(process.cwd()))));
