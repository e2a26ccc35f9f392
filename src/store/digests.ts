// Digest entries: developments waiting for the daily mail of the subscriptions that asked for one.
import { chunks } from './chunks.ts';
import type { Db } from './database.ts';

export async function addDigestItems(db: Db, subscriptionIds: readonly number[], updateId: number, now: string): Promise<void> {
  for (const part of chunks(subscriptionIds)) {
    await db
      .insertInto('digest_items')
      .values(part.map((id) => ({ subscription_id: id, update_id: updateId, created_at: now })))
      .onConflict((conflict) => conflict.columns(['subscription_id', 'update_id']).doNothing())
      .execute();
  }
}

/** Addresses with digest entries recorded before `before`. */
export async function digestRecipients(db: Db, before: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('digest_items')
    .innerJoin('subscriptions', 'subscriptions.id', 'digest_items.subscription_id')
    .select('subscriptions.email')
    .distinct()
    .where('digest_items.created_at', '<', before)
    .orderBy('subscriptions.email')
    .limit(limit)
    .execute();
  return rows.map((row) => row.email);
}

/** The digest entries of an address recorded before `before`, oldest publication first. */
export async function digestEntriesOf(db: Db, email: string, before: string) {
  return db
    .selectFrom('digest_items')
    .innerJoin('subscriptions', 'subscriptions.id', 'digest_items.subscription_id')
    .leftJoin('updates', 'updates.id', 'digest_items.update_id')
    .leftJoin('pledges', 'pledges.id', 'updates.pledge_id')
    .select([
      'digest_items.subscription_id', 'digest_items.update_id', 'subscriptions.locale',
      'updates.title', 'updates.event_date', 'updates.published_at', 'pledges.slug as pledge_slug', 'pledges.title as pledge_title',
    ])
    .where('subscriptions.email', '=', email)
    .where('digest_items.created_at', '<', before)
    .orderBy('updates.published_at')
    .orderBy('digest_items.update_id')
    .execute();
}

export async function deleteDigestItems(db: Db, entries: readonly { subscription_id: number; update_id: number }[]): Promise<void> {
  for (const entry of entries) {
    await db.deleteFrom('digest_items').where('subscription_id', '=', entry.subscription_id).where('update_id', '=', entry.update_id).execute();
  }
}
