// Digest entries: developments waiting for the daily mail of the subscriptions that asked for one.
import { chunks } from './chunks.ts';
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { publicDevelopments } from './public-scope.ts';
import type { MailLocale } from './schema-mail.ts';

export async function addDigestItems(db: Db, subscriptionIds: readonly number[], developmentId: number, now: string): Promise<void> {
  for (const part of chunks(subscriptionIds)) {
    await db
      .insertInto('digest_items')
      .values(part.map((id) => ({ subscription_id: id, update_id: developmentId, created_at: now })))
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

export interface DigestEntry {
  subscription_id: number;
  update_id: number;
  locale: MailLocale;
  /** The development while the public may see it; undefined once it was withdrawn or deleted, or its Vorhaben unpublished. */
  development:
    | {
        id: number;
        title: string;
        event_date: string;
        published_at: string;
        status_change: Status | null;
        pledge_slug: string;
        pledge_title: string;
      }
    | undefined;
}

/** The digest entries of an address recorded before `before`, oldest publication first. */
export async function digestEntriesOf(db: Db, email: string, before: string): Promise<DigestEntry[]> {
  const items = await db
    .selectFrom('digest_items')
    .innerJoin('subscriptions', 'subscriptions.id', 'digest_items.subscription_id')
    .select(['digest_items.subscription_id', 'digest_items.update_id', 'subscriptions.locale'])
    .where('subscriptions.email', '=', email)
    .where('digest_items.created_at', '<', before)
    .execute();
  const developments = new Map<number, NonNullable<DigestEntry['development']>>();
  for (const ids of chunks([...new Set(items.map((item) => item.update_id))])) {
    const rows = await publicDevelopments(db)
      .select([
        'updates.id',
        'updates.title',
        'updates.event_date',
        'updates.published_at',
        'updates.status_change',
        'pledges.slug as pledge_slug',
        'pledges.title as pledge_title',
      ])
      .where('updates.id', 'in', ids)
      .execute();
    for (const { published_at, ...row } of rows) developments.set(row.id, { ...row, published_at: published_at! });
  }
  const publishedAt = (entry: DigestEntry) => entry.development?.published_at ?? '';
  return items
    .map((item) => ({ ...item, development: developments.get(item.update_id) }))
    .sort((a, b) => (publishedAt(a) === publishedAt(b) ? a.update_id - b.update_id : publishedAt(a) < publishedAt(b) ? -1 : 1));
}

export async function deleteDigestItems(db: Db, entries: readonly { subscription_id: number; update_id: number }[]): Promise<void> {
  for (const entry of entries) {
    await db
      .deleteFrom('digest_items')
      .where('subscription_id', '=', entry.subscription_id)
      .where('update_id', '=', entry.update_id)
      .execute();
  }
}
