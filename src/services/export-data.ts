// `export --format json|csv`: the files of /daten (published pledges and developments) into a folder.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Db } from '../store/database.ts';
import { csvOf, jsonArrayOf, PLEDGE_COLUMNS, publishedPledges, publishedUpdates, UPDATE_COLUMNS } from './public/downloads.ts';

export type DataFormat = 'json' | 'csv';

export async function exportData(db: Db, directory: string, format: DataFormat, context: { baseUrl: string; today: string }): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const api = { db, ...context };
  const files =
    format === 'csv'
      ? { 'vorhaben.csv': csvOf(publishedPledges(api), PLEDGE_COLUMNS), 'entwicklungen.csv': csvOf(publishedUpdates(api), UPDATE_COLUMNS) }
      : { 'vorhaben.json': jsonArrayOf(publishedPledges(api)), 'entwicklungen.json': jsonArrayOf(publishedUpdates(api)) };
  for (const [name, pieces] of Object.entries(files)) await writePieces(join(directory, name), pieces);
  return Object.keys(files);
}

async function writePieces(path: string, pieces: AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for await (const piece of pieces) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
