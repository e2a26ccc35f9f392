// The database a benchmark runs on: a fresh SQLite file by default (KT_BENCH_DB=PATH keeps it and
// reuses it next time); a fresh database on the server of DATABASE_URL when that is postgres://…;
// or, with BENCH_POSTGRES=1, a throwaway PostgreSQL cluster of its own (as the tests start one).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres } from '../../scripts/postgres-throwaway.mjs';

export interface BenchDatabase {
  url: string;
  dialect: 'sqlite' | 'postgres';
  /** True when a kept SQLite file from an earlier run is used as it is. */
  reused: boolean;
  drop(): Promise<void>;
}

async function freshPostgresDatabase(adminUrl: string, stopServer?: () => void): Promise<BenchDatabase> {
  const name = `kt_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'postgres',
    reused: false,
    async drop() {
      try {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      } finally {
        stopServer?.();
      }
    },
  };
}

export async function benchDatabase(prefix: string): Promise<BenchDatabase> {
  if (process.env.BENCH_POSTGRES === '1') {
    const server = await startThrowawayPostgres();
    return freshPostgresDatabase(server.url, () => server.stop());
  }
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) return freshPostgresDatabase(given);
  const kept = process.env.KT_BENCH_DB;
  if (kept) return { url: `sqlite:${kept}`, dialect: 'sqlite', reused: existsSync(kept), drop: async () => undefined };
  const folder = mkdtempSync(join(tmpdir(), prefix));
  return {
    url: `sqlite:${join(folder, 'bench.db')}`,
    dialect: 'sqlite',
    reused: false,
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
