// The audit log: who changed what, when, with the state before and after.
import type { Db } from './database.ts';
import type { AuditEntry } from './schema.ts';

export interface AuditRecord {
  userId: number | null;
  action: string;
  entityType: string;
  entityId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export async function recordAudit(db: Db, record: AuditRecord, at: string): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      user_id: record.userId,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      summary: record.summary,
      before: record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      after: record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
    })
    .execute();
}

export interface AuditFilter {
  userId?: number;
  entityType?: string;
  entityId?: number;
  /** Entries on this pledge, on its developments and on its suggestions. */
  pledgeId?: number;
  action?: string;
  from?: string; // YYYY-MM-DD
  to?: string; // YYYY-MM-DD
  /** Entries at or after this instant (ISO timestamp), e.g. a local midnight. */
  since?: string;
  /** Entries before this instant (ISO timestamp). */
  until?: string;
  limit: number;
  /** Entries older than this id (for paging). */
  beforeId?: number;
}

export async function listAudit(db: Db, filter: AuditFilter): Promise<(AuditEntry & { user_email: string | null })[]> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .selectAll('audit_log')
    .select('users.email as user_email')
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit);
  if (filter.userId !== undefined) query = query.where('audit_log.user_id', '=', filter.userId);
  if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('audit_log.entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('audit_log.action', '=', filter.action);
  if (filter.pledgeId !== undefined) {
    const pledgeId = filter.pledgeId;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity_type', '=', 'pledge'), eb('audit_log.entity_id', '=', pledgeId)]),
        eb.and([
          eb('audit_log.entity_type', '=', 'update'),
          eb('audit_log.entity_id', 'in', eb.selectFrom('updates').select('updates.id').where('updates.pledge_id', '=', pledgeId)),
        ]),
        eb.and([
          eb('audit_log.entity_type', '=', 'suggestion'),
          eb(
            'audit_log.entity_id',
            'in',
            eb.selectFrom('suggestions').select('suggestions.id').where('suggestions.pledge_id', '=', pledgeId),
          ),
        ]),
      ]),
    );
  }
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to) query = query.where('audit_log.at', '<', `${filter.to}T99`);
  if (filter.since) query = query.where('audit_log.at', '>=', filter.since);
  if (filter.until) query = query.where('audit_log.at', '<', filter.until);
  if (filter.beforeId !== undefined) query = query.where('audit_log.id', '<', filter.beforeId);
  return query.execute();
}

export async function listAuditActions(db: Db): Promise<{ action: string; entity_type: string }[]> {
  return db.selectFrom('audit_log').select(['action', 'entity_type']).distinct().orderBy('action').execute();
}
