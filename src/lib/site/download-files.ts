/**
 * Every file the site offers for download (CSV, Excel spreadsheet, JSON, iCalendar), made once per
 * build: the endpoint serves these bytes and the page linking the file states their format and
 * size, so a link's "CSV, 3 KB" is the file as written.
 */
import type { Catalog } from '../catalog/catalog';
import { getCatalog } from './site-catalog';
import { crosswalkOf } from '../crosswalk/crosswalk';
import { registerRows } from '../register/register';
import { registerCalendar, registerJson, registerTable } from '../register/downloads';
import { costsJson, costsTable } from '../costs/downloads';
import {
  matrixJson,
  matrixTable,
  pairJson,
  pairTable,
  stagesJson,
  stagesTable,
  standardsJson,
} from '../crosswalk/downloads';
import { toCsv, toXlsx, type Link, type Table } from '../common/tables';
import { routes, type Route } from './routes';
import { absolute } from '../common/urls';

export const FORMATS = {
  csv: { name: 'CSV', type: 'text/csv; charset=utf-8' },
  xlsx: { name: 'Excel spreadsheet', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { name: 'JSON', type: 'application/json; charset=utf-8' },
  ics: { name: 'iCalendar', type: 'text/calendar; charset=utf-8' },
} as const;
export type DownloadFormat = keyof typeof FORMATS;
export const formatOf = (path: string) => path.slice(path.lastIndexOf('.') + 1) as DownloadFormat;

type Params = Record<string, string>;
type Make = (params: Params) => string | Promise<Uint8Array<ArrayBuffer>>;

/** Each download route and how its file is made from the catalog. */
function makers(catalog: Catalog, link: Link): [Route, Make][] {
  const crosswalk = crosswalkOf(catalog);
  const rows = registerRows(catalog);
  const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
  /** A table's CSV and the spreadsheet beside it. */
  const table = (csv: Route, xlsx: Route, sheet: string, make: (p: Params) => Table): [Route, Make][] => [
    [csv, (p) => toCsv(make(p))],
    [xlsx, (p) => toXlsx(make(p), sheet)],
  ];
  return [
    ...table(routes.compareMatrixCsv, routes.compareMatrixXlsx, 'Topics and standards', () =>
      matrixTable(crosswalk, link),
    ),
    [routes.compareMatrixJson, () => json(matrixJson(crosswalk, link))],
    ...table(routes.compareCostsCsv, routes.compareCostsXlsx, 'Costs compared', () => costsTable(catalog)),
    [routes.compareCostsJson, () => json(costsJson(catalog))],
    ...table(routes.compareStagesCsv, routes.compareStagesXlsx, 'Stages compared', () => stagesTable(crosswalk)),
    [routes.compareStagesJson, () => json(stagesJson(crosswalk))],
    ...table(routes.comparePairCsv, routes.comparePairXlsx, 'Comparison', (p) =>
      pairTable(crosswalk, p.first!, p.second!),
    ),
    [routes.comparePairJson, (p) => json(pairJson(crosswalk, p.first!, p.second!, link))],
    [routes.standardsJson, (p) => json(standardsJson(catalog, crosswalk, p.framework!, link))],
    ...table(routes.registerCsv, routes.registerXlsx, 'Register', () => registerTable(rows)),
    [routes.registerJson, () => json(registerJson(rows, link))],
    [routes.registerCalendar, (p) => registerCalendar(catalog, rows, p.region!, link)],
  ] as [Route, Make][];
}

let files: Promise<Map<string, () => Promise<Uint8Array<ArrayBuffer>>>> | undefined;
const made = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The bytes of the download at a site path (made on first use, then kept for the build). */
export async function downloadFile(path: string, site: URL | undefined): Promise<Uint8Array<ArrayBuffer>> {
  files ??= getCatalog().then((catalog) => {
    const all = new Map<string, () => Promise<Uint8Array<ArrayBuffer>>>();
    for (const [route, make] of makers(catalog, absolute(site))) {
      for (const { params } of route.entries(catalog)) {
        all.set(route.path(params), async () => {
          const body = await make(params);
          return typeof body === 'string' ? new TextEncoder().encode(body) : body;
        });
      }
    }
    return all;
  });
  const make = (await files).get(path);
  if (!make) throw new Error(`no download at ${path}`);
  if (!made.has(path)) made.set(path, make());
  return made.get(path)!;
}

/** The endpoint's response for the download at a site path. */
export const downloadResponse = async (path: string, site: URL | undefined) =>
  new Response(await downloadFile(path, site), { headers: { 'Content-Type': FORMATS[formatOf(path)].type } });

/** A file's size as a link states it: "812 bytes", "3 KB", "1.2 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
