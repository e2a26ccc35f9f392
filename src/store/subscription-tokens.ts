// The hashed secrets of the links in mails (confirm, unsubscribe), each standing for one or more
// subscriptions, and how many confirmations went to a subscription lately (the confirmation throttle).
import { chunks } from './chunks.ts';
import type { Db } from './database.ts';
import type { Subscription, TokenPurpose } from './schema-mail.ts';

export async function addToken(
  db: Db,
  tokenHash: string,
  subscriptionIds: readonly number[],
  purpose: TokenPurpose,
  now: string,
): Promise<void> {
  await addTokens(db, [{ hash: tokenHash, subscriptionIds }], purpose, now);
}

/** Several link secrets at once, each standing for its subscriptions. */
export async function addTokens(
  db: Db,
  tokens: readonly { hash: string; subscriptionIds: readonly number[] }[],
  purpose: TokenPurpose,
  now: string,
): Promise<void> {
  const rows = tokens.flatMap((token) =>
    token.subscriptionIds.map((id) => ({ token_hash: token.hash, subscription_id: id, purpose, created_at: now })),
  );
  for (const part of chunks(rows)) await db.insertInto('subscription_tokens').values(part).execute();
}

/** The subscriptions a link secret stands for, if it is of this purpose and not older than `notBefore`. */
export async function subscriptionsOfToken(db: Db, tokenHash: string, purpose: TokenPurpose, notBefore = ''): Promise<Subscription[]> {
  return db
    .selectFrom('subscription_tokens')
    .innerJoin('subscriptions', 'subscriptions.id', 'subscription_tokens.subscription_id')
    .selectAll('subscriptions')
    .where('subscription_tokens.token_hash', '=', tokenHash)
    .where('subscription_tokens.purpose', '=', purpose)
    .where('subscription_tokens.created_at', '>=', notBefore)
    .orderBy('subscriptions.id')
    .execute();
}

/** Which of these token hashes still exist (the others were spent by unsubscribing). */
export async function existingTokens(db: Db, tokenHashes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(tokenHashes)])) {
    const rows = await db.selectFrom('subscription_tokens').select('token_hash').distinct().where('token_hash', 'in', part).execute();
    for (const row of rows) found.add(row.token_hash);
  }
  return found;
}

/** Secrets of this purpose made for the subscription since `since`: confirmations a stranger may ask for are few. */
export async function countRecentTokens(db: Db, subscriptionId: number, purpose: TokenPurpose, since: string): Promise<number> {
  const row = await db
    .selectFrom('subscription_tokens')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('subscription_id', '=', subscriptionId)
    .where('purpose', '=', purpose)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
