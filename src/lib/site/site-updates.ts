/** The updates list and the content history it covers, for the site build: git is read once per build. */
import { getCatalog } from './site-catalog';
import { readContentHistory, type ContentHistory } from '../changes/history';
import { listUpdates, type Update } from './updates';

let site: Promise<{ updates: Update[]; history: ContentHistory }> | undefined;
export const getUpdates = () =>
  (site ??= getCatalog().then((catalog) => {
    const history = readContentHistory(process.cwd());
    return { updates: listUpdates(catalog, history), history };
  }));
