// How many rows a table holds, for tests that check a writer left exactly the rows it should.
import type { Db } from '../../src/store/database.ts';

export async function countAuditEntries(db: Db): Promise<number> {
  return Number(
    (
      await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export async function countDevelopmentDocuments(db: Db): Promise<number> {
  const row = await db
    .selectFrom('search_documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'update')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
