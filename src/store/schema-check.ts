// Whether a database holds exactly the schema our migrations create: a restored backup with one
// trigger, function or view more (UPDATE users SET role = 'admin' on the next sign-in), or with
// tables missing, is refused before it replaces anything.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';
import { MIGRATION_NAMES, migrateTo } from './migrate.ts';

/** Each schema object by kind and name ("trigger users_on_login"), with its definition. */
export type SchemaDescription = Map<string, string>;

export class SchemaMismatch extends Error {}

/**
 * The level of a database from the names in its migrations table: the last one, when they are
 * exactly our first migrations in order. Anything else is a SchemaMismatch that says what is wrong.
 */
export function migrationLevel(names: readonly string[]): string {
  const unknown = names.find((name) => !MIGRATION_NAMES.includes(name));
  if (unknown !== undefined)
    throw new SchemaMismatch(
      `it has migration "${unknown}", which this version of koalitionstracker does not know (made by a newer version?)`,
    );
  if (names.length === 0 || names.some((name, index) => name !== MIGRATION_NAMES[index])) {
    throw new SchemaMismatch('its migrations are not the first ones of koalitionstracker in order');
  }
  return names.at(-1)!;
}

/** The names in the database's migrations table (none when it has no such table). */
export async function migrationNames(db: Kysely<unknown>, dialect: DialectName): Promise<string[]> {
  const exists =
    dialect === 'sqlite'
      ? await sql`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
      : await sql`select 1 from pg_tables where schemaname = 'public' and tablename = 'kysely_migration'`.execute(db);
  if (exists.rows.length === 0) return [];
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((row) => row.name);
}

/**
 * Checks a restored copy against `empty`, a new database of the same dialect that this migrates to
 * the copy's level; returns the level. A copy of another schema is a SchemaMismatch.
 */
export async function verifySchema(restored: Kysely<unknown>, empty: Kysely<unknown>, dialect: DialectName): Promise<string> {
  const level = migrationLevel(await migrationNames(restored, dialect));
  compareSchemas(await expectedSchema(empty, dialect, level), await describeSchema(restored, dialect));
  return level;
}

/** Migrates an empty database to `level` and describes it: the schema a database of that level must have. */
export async function expectedSchema(empty: Kysely<unknown>, dialect: DialectName, level: string): Promise<SchemaDescription> {
  await migrateTo(empty, dialect, level);
  return describeSchema(empty, dialect);
}

export function describeSchema(db: Kysely<unknown>, dialect: DialectName): Promise<SchemaDescription> {
  return dialect === 'sqlite' ? describeSqlite(db) : describePostgres(db);
}

/** Throws a SchemaMismatch naming what differs (the first few of it), if anything does. */
export function compareSchemas(expected: SchemaDescription, actual: SchemaDescription): void {
  const differences = [
    ...[...actual.keys()].filter((key) => !expected.has(key)).map((key) => `unexpected ${key}`),
    ...[...expected.keys()].filter((key) => !actual.has(key)).map((key) => `missing ${key}`),
    ...[...expected].filter(([key, definition]) => actual.has(key) && actual.get(key) !== definition).map(([key]) => `changed ${key}`),
  ];
  if (differences.length === 0) return;
  const shown = differences.slice(0, 3).join(', ');
  throw new SchemaMismatch(
    `its schema is not the one koalitionstracker's migrations create: ${shown}${differences.length > 3 ? ` and ${differences.length - 3} more` : ''}`,
  );
}

/** Kept out of the comparison: what SQLite itself keeps in sqlite_master. */
const SQLITE_INTERNAL = /^(table sqlite_sequence|table sqlite_stat[1-4]|index sqlite_autoindex_.+)$/;

async function describeSqlite(db: Kysely<unknown>): Promise<SchemaDescription> {
  const { rows } = await sql<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>`select type, name, tbl_name, sql from sqlite_master`.execute(db);
  const description: SchemaDescription = new Map();
  for (const row of rows) {
    const key = `${row.type} ${row.name}`;
    if (SQLITE_INTERNAL.test(key) && (row.type === 'table' || row.sql === null)) continue;
    description.set(key, `on ${row.tbl_name}: ${(row.sql ?? '').replace(/\s+/g, ' ').trim()}`);
  }
  return description;
}

/** Schemas that are the server's own. */
const OWN = sql.raw(`nspname <> 'information_schema' and nspname !~ '^pg_'`);

/**
 * Every object PostgreSQL keeps in a database outside its own schemas, in the server's canonical
 * spelling (pg_get_*def), so that the same migrations give the same text on every database.
 */
/** Catalogues whose rows are named within a schema: [what, catalogue, name column, schema column]. */
const NAMED_IN_SCHEMA = [
  ['operator class', 'pg_opclass', 'opcname', 'opcnamespace'],
  ['operator family', 'pg_opfamily', 'opfname', 'opfnamespace'],
  ['collation', 'pg_collation', 'collname', 'collnamespace'],
  ['conversion', 'pg_conversion', 'conname', 'connamespace'],
  ['text search configuration', 'pg_ts_config', 'cfgname', 'cfgnamespace'],
  ['text search dictionary', 'pg_ts_dict', 'dictname', 'dictnamespace'],
  ['statistics', 'pg_statistic_ext', 'stxname', 'stxnamespace'],
] as const;

const namedInSchema = sql.join(
  NAMED_IN_SCHEMA.map(
    ([what, catalogue, name, schema]) =>
      sql`select format(${sql.lit(`${what} %I.%I`)}, nspname, ${sql.ref(`o.${name}`)}), '' from ${sql.table(catalogue)} o join pg_namespace n on n.oid = ${sql.ref(`o.${schema}`)} where ${OWN}`,
  ),
  sql` union all `,
);

async function describePostgres(db: Kysely<unknown>): Promise<SchemaDescription> {
  const rows = await db.transaction().execute(async (trx) => {
    await sql`set local search_path to public`.execute(trx);
    const { rows } = await sql<{ key: string; definition: string }>`
      select 'schema ' || nspname as key, '' as definition from pg_namespace where ${OWN}
      union all
      select format('relation %I.%I', nspname, relname), format('kind %s, persistence %s, row security %s/%s, options %s', relkind, relpersistence, relrowsecurity, relforcerowsecurity, reloptions)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${OWN}
      union all
      select format('column %I.%I.%I', nspname, relname, attname),
             format('#%s %s, not null %s, default %s, identity %s, generated %s, collation %s', row_number() over (partition by c.oid order by attnum),
                    format_type(atttypid, atttypmod), attnotnull, pg_get_expr(d.adbin, d.adrelid), attidentity, attgenerated, attcollation::regcollation)
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where attnum > 0 and not attisdropped and relkind in ('r', 'p', 'v', 'm', 'f', 'c') and ${OWN}
      union all
      select format('constraint %I.%I on %s', nspname, conname, case when conrelid <> 0 then conrelid::regclass::text else contypid::regtype::text end), pg_get_constraintdef(o.oid)
        from pg_constraint o join pg_namespace n on n.oid = o.connamespace where ${OWN}
      union all
      select format('index %I.%I', nspname, relname), pg_get_indexdef(indexrelid)
        from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace where ${OWN}
      union all
      select format('trigger %s on %s', tgname, tgrelid::regclass), format('enabled %s: %s', tgenabled, pg_get_triggerdef(t.oid)) from pg_trigger t where not tgisinternal
      union all
      select format('function %I.%I(%s)', nspname, proname, pg_get_function_identity_arguments(p.oid)), case when prokind = 'a' then 'aggregate' else pg_get_functiondef(p.oid) end
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${OWN}
      union all
      select format('view %I.%I', nspname, relname), pg_get_viewdef(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace where relkind in ('v', 'm') and ${OWN}
      union all
      select format('rule %I on %I.%I', rulename, schemaname, tablename), definition from pg_rules where schemaname <> 'information_schema' and schemaname !~ '^pg_'
      union all
      select format('policy %I on %I.%I', policyname, schemaname, tablename), format('%s %s %s %s %s', permissive, roles, cmd, qual, with_check) from pg_policies where schemaname <> 'information_schema' and schemaname !~ '^pg_'
      union all
      select format('type %I.%I', nspname, typname), typtype::text from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where typcategory <> 'A' and (typrelid = 0 or (select relkind from pg_class where oid = typrelid) = 'c') and ${OWN}
      union all
      select format('operator %I.%s(%s, %s)', nspname, oprname, oprleft::regtype, oprright::regtype), oprcode::text from pg_operator o join pg_namespace n on n.oid = o.oprnamespace where ${OWN}
      union all
      ${namedInSchema}
      union all
      select format('cast %s as %s', castsource::regtype, casttarget::regtype), castfunc::text from pg_cast where oid >= 16384
      union all
      select 'event trigger ' || evtname, evtevent || ' ' || evtfoid::regproc::text from pg_event_trigger
      union all
      select 'extension ' || extname, extversion from pg_extension where extname <> 'plpgsql'
      union all
      select 'language ' || lanname, '' from pg_language where oid >= 16384
      union all
      select 'access method ' || amname, '' from pg_am where oid >= 16384
      union all
      select 'foreign-data wrapper ' || fdwname, '' from pg_foreign_data_wrapper
      union all
      select 'server ' || srvname, '' from pg_foreign_server
      union all
      select 'publication ' || pubname, '' from pg_publication
      union all
      select 'transform for ' || trftype::regtype::text, '' from pg_transform`.execute(trx);
    return rows;
  });
  return new Map(rows.map((row) => [row.key, row.definition ?? '']));
}
