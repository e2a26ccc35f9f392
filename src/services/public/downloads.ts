// Use case: the downloads of /daten — published pledges and developments as CSV and JSON, generated
// page by page while they are sent, and the agreements as OKF chapter files in a zip.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { csvRecord, UTF8_BOM, type CsvCell } from '../../formats/csv.ts';
import type { Db } from '../../store/database.ts';
import { listAgreements } from '../../store/agreements.ts';
import { readSetting } from '../../store/settings.ts';
import type { ApiPledge, ApiDevelopment } from '../api/representations.ts';
import { listPledges, listDevelopments, type ApiContext, type Page, type PageRequest } from '../api/resources.ts';
import { okfFilesOf } from '../export-agreement.ts';

export type ColumnType = 'text' | 'integer' | 'date' | 'timestamp' | 'boolean' | 'status' | 'url';

export interface Column<T> {
  name: string;
  type: ColumnType;
  value: (entry: T) => CsvCell;
}

/** The columns of vorhaben.csv, in order; docs/data.md and the /daten page describe each. */
export const PLEDGE_COLUMNS = [
  { name: 'slug', type: 'text', value: (pledge) => pledge.slug },
  { name: 'title', type: 'text', value: (pledge) => pledge.title },
  { name: 'agreement', type: 'text', value: (pledge) => pledge.agreement },
  { name: 'chapter', type: 'text', value: (pledge) => pledge.chapter },
  { name: 'chapter_heading', type: 'text', value: (pledge) => pledge.chapter_heading },
  { name: 'status', type: 'status', value: (pledge) => pledge.status },
  { name: 'rating', type: 'integer', value: (pledge) => pledge.rating },
  { name: 'deadline', type: 'date', value: (pledge) => pledge.deadline },
  { name: 'overdue', type: 'boolean', value: (pledge) => pledge.overdue },
  { name: 'lead_ministry', type: 'text', value: (pledge) => pledge.lead_ministry?.name ?? null },
  { name: 'partner', type: 'text', value: (pledge) => pledge.partner?.name ?? null },
  { name: 'topics', type: 'text', value: (pledge) => pledge.topics.map((topic) => topic.name).join('; ') },
  { name: 'success_criterion', type: 'text', value: (pledge) => pledge.success_criterion },
  { name: 'quote', type: 'text', value: (pledge) => pledge.quote },
  { name: 'last_event_date', type: 'date', value: (pledge) => pledge.last_event_date },
  { name: 'url', type: 'url', value: (pledge) => pledge.url },
] as const satisfies readonly Column<ApiPledge>[];

/** The columns of entwicklungen.csv, in order. */
export const DEVELOPMENT_COLUMNS = [
  { name: 'id', type: 'integer', value: (development) => development.id },
  { name: 'pledge', type: 'text', value: (development) => development.pledge },
  { name: 'agreement', type: 'text', value: (development) => development.agreement },
  { name: 'event_date', type: 'date', value: (development) => development.event_date },
  { name: 'published_at', type: 'timestamp', value: (development) => development.published_at },
  { name: 'title', type: 'text', value: (development) => development.title },
  { name: 'body', type: 'text', value: (development) => development.body },
  { name: 'status_change', type: 'status', value: (development) => development.status_change },
  { name: 'rating_change', type: 'integer', value: (development) => development.rating_change },
  { name: 'source_urls', type: 'url', value: (development) => development.sources.map((source) => source.url).join(' ') },
] as const satisfies readonly Column<ApiDevelopment>[];

export type PledgeColumnName = (typeof PLEDGE_COLUMNS)[number]['name'];
export type DevelopmentColumnName = (typeof DEVELOPMENT_COLUMNS)[number]['name'];

/** Rows are read from the database this many at a time. */
const BATCH = 500;

async function* everyEntry<T>(load: (request: PageRequest) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let afterId: number | null = 0; afterId !== null;) {
    const page: Page<T> = await load({ afterId, limit: BATCH });
    yield* page.data;
    afterId = page.nextAfterId;
  }
}

/** Which agreement's entries; every agreement's when the slug is left out. */
export interface DownloadScope {
  agreement?: string;
}

export function publishedPledges(context: ApiContext, scope: DownloadScope = {}): AsyncGenerator<ApiPledge> {
  return everyEntry((request) => listPledges(context, scope, request));
}

export function publishedDevelopments(context: ApiContext, scope: DownloadScope = {}): AsyncGenerator<ApiDevelopment> {
  return everyEntry((request) => listDevelopments(context, scope, request));
}

/** CSV text in pieces: the byte order mark and header first, then one record per entry. */
export async function* csvOf<T>(entries: AsyncIterable<T>, columns: readonly Column<T>[]): AsyncGenerator<string> {
  yield UTF8_BOM + csvRecord(columns.map((column) => column.name));
  for await (const entry of entries) yield csvRecord(columns.map((column) => column.value(entry)));
}

/** A JSON array in pieces, one entry per line. */
export async function* jsonArrayOf<T>(entries: AsyncIterable<T>): AsyncGenerator<string> {
  let separator = '[\n';
  for await (const entry of entries) {
    yield separator + JSON.stringify(entry);
    separator = ',\n';
  }
  yield separator === '[\n' ? '[]\n' : '\n]\n';
}

/** Every agreement as OKF chapter files (published pledges only) in one zip archive. */
export async function okfZip(db: Db): Promise<Uint8Array> {
  const { files } = await okfFilesOf(db, { publicOnly: true });
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = strToU8(file.text);
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

export const DEFAULT_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export interface DownloadsPage {
  /** The licence of our data; the settings `data_licence` and `data_licence_url` override the default. */
  licence: { name: string; url: string | null };
  agreements: { title: string; licence: string | null; sourceUrl: string | null }[];
}

/** The licence of our data, as /daten and /methode name it. */
export async function dataLicence(db: Db): Promise<DownloadsPage['licence']> {
  const name = await readSetting(db, 'data_licence');
  const url = await readSetting(db, 'data_licence_url');
  return name ? { name, url: url ?? null } : DEFAULT_DATA_LICENCE;
}

export async function loadDownloadsPage(db: Db): Promise<DownloadsPage> {
  const agreements = await listAgreements(db);
  return {
    licence: await dataLicence(db),
    agreements: agreements.map((agreement) => ({ title: agreement.title, licence: agreement.licence, sourceUrl: agreement.source_url })),
  };
}
