// The mail outbox and the mail events it is filled from. Claims are leases (`locked_until`), so
// any number of workers on any number of instances share the work and never send a mail twice.
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import type { MailEventKind, OutboxMail } from './schema-mail.ts';

export interface NewOutboxMail {
  dedupKey: string;
  recipient: string;
  subject: string;
  body: string;
  headers: Record<string, string>;
  unsubscribeHash: string | null;
}

/** Queues a mail, due at once; false when a mail with this key was queued before. */
export async function enqueueMail(db: Db, mail: NewOutboxMail, now: string): Promise<boolean> {
  return (await enqueueMails(db, [mail], now)).has(mail.dedupKey);
}

/** Rows per multi-row insert: 9 parameters each, well below SQLite's and PostgreSQL's limits. */
const INSERT_CHUNK = 500;

/** Queues several mails, due at once; returns the keys of those that were new (not queued before). */
export async function enqueueMails(db: Db, mails: readonly NewOutboxMail[], now: string): Promise<Set<string>> {
  const queued = new Set<string>();
  for (let from = 0; from < mails.length; from += INSERT_CHUNK) {
    const rows = mails.slice(from, from + INSERT_CHUNK).map((mail) => ({
      dedup_key: mail.dedupKey,
      recipient: mail.recipient,
      subject: mail.subject,
      body: mail.body,
      headers: JSON.stringify(mail.headers),
      unsubscribe_hash: mail.unsubscribeHash,
      locked_until: now,
      created_at: now,
    }));
    if (rows.length === 0) continue;
    const inserted = await db
      .insertInto('mail_outbox')
      .values(rows)
      .onConflict((conflict) => conflict.column('dedup_key').doNothing())
      .returning('dedup_key')
      .execute();
    for (const row of inserted) queued.add(row.dedup_key);
  }
  return queued;
}

/**
 * Leases up to `limit` due mails until `leaseUntil` and counts the attempt, longest due first: in
 * the order of the due index, so a claim reads `limit` rows however long the queue. The due
 * condition is repeated outside the sub-select so that PostgreSQL re-checks it on a row another
 * worker just claimed; SKIP LOCKED lets concurrent workers take different rows instead of waiting.
 */
export async function claimDueMails(db: Db, now: string, leaseUntil: string, limit: number): Promise<OutboxMail[]> {
  return db
    .updateTable('mail_outbox')
    .set((eb) => ({ locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('locked_until', '<=', now)
        .orderBy('locked_until')
        .orderBy('id')
        .limit(limit);
      return isPostgres(db) ? due.forUpdate().skipLocked() : due;
    })
    .where('status', '=', 'pending')
    .where('locked_until', '<=', now)
    .returningAll()
    .execute();
}

/** Sent: the body (which holds link secrets) is dropped. False when the lease was lost meanwhile. */
export async function markMailSent(db: Db, id: number, lease: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: now, body: '', headers: '{}', last_error: null })
    .where('id', '=', id)
    .where('locked_until', '=', lease)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A failed attempt: due again at `retryAt`, or given up (`failed`) when that is null. */
export async function markMailFailed(db: Db, id: number, error: string, retryAt: string | null): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set(retryAt === null ? { status: 'failed', last_error: error } : { locked_until: retryAt, last_error: error })
    .where('id', '=', id)
    .execute();
}

/** No longer wanted (the recipient unsubscribed before it went out). */
export async function cancelMail(db: Db, id: number): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'cancelled', body: '', headers: '{}' }).where('id', '=', id).execute();
}

export async function findOutboxMail(db: Db, dedupKey: string): Promise<OutboxMail | undefined> {
  return db.selectFrom('mail_outbox').selectAll().where('dedup_key', '=', dedupKey).executeTakeFirst();
}

/**
 * Mails queued before `before`, whatever became of them: sent, cancelled and failed ones were kept
 * for support questions, and one still waiting that long (mail is off) is news no more. Returns how many went.
 */
export async function deleteMailsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('mail_outbox').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Records that something happened which may need mail; once per kind and subject. */
export async function recordMailEvent(db: Db, kind: MailEventKind, subjectId: number, now: string): Promise<void> {
  await db
    .insertInto('mail_events')
    .values({ kind, subject_id: subjectId, created_at: now })
    .onConflict((conflict) => conflict.columns(['kind', 'subject_id']).doNothing())
    .execute();
}

export async function listPendingMailEvents(db: Db, limit: number) {
  return db.selectFrom('mail_events').selectAll().where('processed_at', 'is', null).orderBy('id').limit(limit).execute();
}

/**
 * Marks an event processed; false when another worker did so first. Called first in the
 * transaction that handles the event, so on PostgreSQL a second worker waits for the row and
 * then finds it processed, and a crash rolls the mark back together with the work.
 */
export async function takeMailEvent(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_events')
    .set({ processed_at: now })
    .where('id', '=', id)
    .where('processed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether no worker has marked the event handled yet. */
export async function mailEventPending(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('mail_events').select('id').where('id', '=', id).where('processed_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}
