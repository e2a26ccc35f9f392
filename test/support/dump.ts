// The whole content of a database as plain data, to compare before and after.
import type { Db } from '../../src/store/database.ts';
import type { Database } from '../../src/store/schema.ts';

const TABLES: (keyof Database)[] = [
  'governments',
  'agreements',
  'chapters',
  'topics',
  'ministries',
  'organisations',
  'pledges',
  'pledge_topics',
  'updates',
  'sources',
  'candidates',
  'users',
  'sessions',
  'throttles',
  'sign_in_clients',
  'audit_log',
  'suggestions',
  'settings',
];

export type Dump = Record<string, unknown[]>;

/** Every row of every table, in a stable order; `omit` drops columns such as timestamps. */
export async function dumpDatabase(db: Db, omit: string[] = []): Promise<Dump> {
  const dump: Dump = {};
  for (const table of TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    dump[table] = rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !omit.includes(key))))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return dump;
}
