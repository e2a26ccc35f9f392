// The rules of domain/ that queries apply, in SQL: when a Vorhaben is overdue (domain/overdue.ts) and
// the order in which developments take effect (domain/status-history.ts). src/store/rules.test.ts
// holds each to its rule on both databases.
import { sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { SETTLED_STATUSES } from '../domain/status.ts';
import type { Database } from './schema.ts';

/** `isOverdue(pledge, today)`: a deadline before `today` (YYYY-MM-DD), and neither implemented nor broken. */
export function isOverdueOn(eb: ExpressionBuilder<Database, 'pledges'>, today: string): Expression<SqlBool> {
  return eb.and([
    eb('pledges.deadline', 'is not', null),
    eb('pledges.deadline', '<', today),
    eb('pledges.status', 'not in', SETTLED_STATUSES),
  ]);
}

/** `compareByEffect`: developments by event date, then by id; `latestFirst` turns it round. The query must read `updates`. */
export function inEffectOrder<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: 'latestFirst' | 'oldestFirst' = 'oldestFirst',
) {
  const [date, id] = [sql.ref('updates.event_date'), sql.ref('updates.id')];
  if (order === 'latestFirst') return query.orderBy(date, 'desc').orderBy(id, 'desc');
  return query.orderBy(date).orderBy(id);
}
