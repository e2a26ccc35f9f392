// The schema description a restore is checked against (store/schema-check.ts) names every kind of
// object a backup could smuggle in, on each dialect: here the ones that live in a schema's catalogues
// rather than among its tables, which a restore's other checks do not name.
// Tier: full (PostgreSQL)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { describeSchema } from '../src/store/schema-check.ts';
import { DIALECTS, withTestStore } from './support/dialects.ts';

describe('the schema description (postgres)', { skip: !DIALECTS.includes('postgres') && 'no PostgreSQL' }, () => {
  test('names collations, text search objects, operator classes and families, conversions and statistics made in the schema', async () => {
    await withTestStore('postgres', async (store) => {
      const before = await describeSchema(store.db as unknown as Kysely<unknown>, 'postgres');
      for (const statement of [
        `create collation kt_probe_collation (provider = icu, locale = 'de-DE')`,
        'create text search configuration kt_probe_config (copy = simple)',
        'create text search dictionary kt_probe_dictionary (template = simple)',
        'create operator family kt_probe_family using btree',
        'create operator class kt_probe_class for type text using btree as operator 1 <, function 1 bttextcmp(text, text)',
        "create conversion kt_probe_conversion for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8",
        'create statistics kt_probe_statistics on title, slug from pledges',
      ])
        await sql.raw(statement).execute(store.db);
      const added = [...(await describeSchema(store.db as unknown as Kysely<unknown>, 'postgres')).keys()]
        .filter((key) => !before.has(key))
        .sort();
      assert.deepEqual(added, [
        'collation public.kt_probe_collation',
        'conversion public.kt_probe_conversion',
        'operator class public.kt_probe_class',
        'operator family public.kt_probe_class',
        'operator family public.kt_probe_family',
        'statistics public.kt_probe_statistics',
        'text search configuration public.kt_probe_config',
        'text search dictionary public.kt_probe_dictionary',
      ]);
    });
  });
});
