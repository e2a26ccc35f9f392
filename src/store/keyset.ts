// The API's pages: rows in id order after the last one seen (keyset pagination, decision 31).
import { sql, type SelectQueryBuilder } from 'kysely';

/** The rows with an id above `afterId`, at most `limit` of them. */
export interface KeysetPage {
  afterId: number;
  limit: number;
}

/** `idColumn` is ours (a constant per query), never input. */
export function keysetPage<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, idColumn: string, page: KeysetPage) {
  return query.where(sql.ref(idColumn), '>', page.afterId).orderBy(sql.ref(idColumn)).limit(page.limit);
}
