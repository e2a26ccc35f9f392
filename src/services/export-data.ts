// `export --format json|csv`: the files of /daten (published pledges and developments) into a folder.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { NotFoundError } from '../domain/errors.ts';
import { findAgreementBySlug } from '../store/agreements.ts';
import type { Db } from '../store/database.ts';
import {
  csvOf,
  jsonArrayOf,
  PLEDGE_COLUMNS,
  publishedPledges,
  publishedDevelopments,
  DEVELOPMENT_COLUMNS,
  type DownloadScope,
} from './public/downloads.ts';

export type DataFormat = 'json' | 'csv';

/** Writes the data files of one agreement (`scope.agreement`) or of all; an unknown slug writes nothing. */
export async function exportData(
  db: Db,
  directory: string,
  format: DataFormat,
  context: { baseUrl: string; today: string },
  scope: DownloadScope = {},
): Promise<string[]> {
  if (scope.agreement !== undefined && !(await findAgreementBySlug(db, scope.agreement)))
    throw new NotFoundError(`no agreement "${scope.agreement}"`);
  mkdirSync(directory, { recursive: true });
  const api = { db, ...context };
  const pledges = publishedPledges(api, scope);
  const developments = publishedDevelopments(api, scope);
  const files =
    format === 'csv'
      ? { 'vorhaben.csv': csvOf(pledges, PLEDGE_COLUMNS), 'entwicklungen.csv': csvOf(developments, DEVELOPMENT_COLUMNS) }
      : { 'vorhaben.json': jsonArrayOf(pledges), 'entwicklungen.json': jsonArrayOf(developments) };
  for (const [name, pieces] of Object.entries(files)) await writePieces(join(directory, name), pieces);
  return Object.keys(files);
}

async function writePieces(path: string, pieces: AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
