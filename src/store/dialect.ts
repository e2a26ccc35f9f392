// What differs between SQLite and PostgreSQL in our DDL and queries, kept in one place.
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** An auto-numbered integer primary key named `id`. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (column) => column.primaryKey())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** The current time as ISO 8601 text in UTC, e.g. 2026-11-27T10:15:00.000Z. */
export function nowIsoSql(dialect: DialectName): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`(to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`
    : sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
}

export function createdAtColumn(dialect: DialectName) {
  return (column: ColumnDefinitionBuilder) => column.notNull().defaultTo(nowIsoSql(dialect));
}

/** Row locks (FOR UPDATE, FOR SHARE) exist on PostgreSQL only; SQLite has one writer at a time anyway. */
export function isPostgres<T>(db: Kysely<T>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
