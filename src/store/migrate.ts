// Runs the numbered, forward-only migrations in src/store/migrations on either dialect.
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { DialectName } from './dialect.ts';
import * as initial from './migrations/0001-initial.ts';
import * as candidates from './migrations/0002-candidates.ts';
import * as backOffice from './migrations/0003-back-office.ts';
import * as search from './migrations/0004-search.ts';
import * as mail from './migrations/0005-mail.ts';
import * as contentVersion from './migrations/0006-content-version.ts';
import * as searchByKind from './migrations/0007-search-by-kind.ts';
import * as statusChangeIndex from './migrations/0008-status-change-index.ts';
import * as searchTitles from './migrations/0009-search-titles.ts';
import * as recentUpdatesIndex from './migrations/0010-recent-updates-index.ts';
import * as feedOrderIndex from './migrations/0011-feed-order-index.ts';
import * as searchPerKindPostgres from './migrations/0012-search-per-kind-postgres.ts';
import * as statementIds from './migrations/0013-statement-ids.ts';
import * as signInClients from './migrations/0014-sign-in-clients.ts';
import * as evidenceDiscovery from './migrations/0015-evidence-discovery.ts';
import * as chapterLineMap from './migrations/0016-chapter-line-map.ts';
import * as contentVersionNotify from './migrations/0017-content-version-notify.ts';
import * as pledgeSlugs from './migrations/0018-pledge-slugs.ts';
import * as ministryFoiAuthority from './migrations/0019-ministry-foi-authority.ts';
import * as automaticEntries from './migrations/0020-automatic-entries.ts';

type Step = { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> };

const STEPS: Record<string, Step> = {
  '0001-initial': initial,
  '0002-candidates': candidates,
  '0003-back-office': backOffice,
  '0004-search': search,
  '0005-mail': mail,
  '0006-content-version': contentVersion,
  '0007-search-by-kind': searchByKind,
  '0008-status-change-index': statusChangeIndex,
  '0009-search-titles': searchTitles,
  '0010-recent-updates-index': recentUpdatesIndex,
  '0011-feed-order-index': feedOrderIndex,
  '0012-search-per-kind-postgres': searchPerKindPostgres,
  '0013-statement-ids': statementIds,
  '0014-sign-in-clients': signInClients,
  '0015-evidence-discovery': evidenceDiscovery,
  '0016-chapter-line-map': chapterLineMap,
  '0017-content-version-notify': contentVersionNotify,
  '0018-pledge-slugs': pledgeSlugs,
  '0019-ministry-foi-authority': ministryFoiAuthority,
  '0020-automatic-entries': automaticEntries,
};

/** Every migration's name, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(STEPS);

class StepProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(STEPS).map(([name, step]) => [name, { up: (db: Kysely<unknown>) => step.up(db, this.dialect) }]),
    );
  }
}

export class MigrationError extends Error {}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<string[]> {
  return migrate(db, dialect, (migrator) => migrator.migrateToLatest());
}

/** Runs the migrations up to and including `name` (for the schema a backup of that level must have). */
export function migrateTo(db: Kysely<unknown>, dialect: DialectName, name: string): Promise<string[]> {
  return migrate(db, dialect, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  db: Kysely<unknown>,
  dialect: DialectName,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StepProvider(dialect) });
  const { error, results = [] } = await run(migrator);
  const failed = results.find((result) => result.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new MigrationError(`migration ${failed?.migrationName ?? ''} failed: ${cause}`.replace('  ', ' '));
  }
  return results.map((result) => result.migrationName);
}
