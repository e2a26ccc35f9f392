// The browsers that signed in to an account, known by a hash of their client cookie.
import type { Db } from './database.ts';

/** Whether this browser signed in to the account at `since` or later. */
export async function isKnownClient(db: Db, clientHash: string, userId: number, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_clients')
    .select('user_id')
    .where('client_hash', '=', clientHash)
    .where('user_id', '=', userId)
    .where('last_sign_in_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function rememberClient(db: Db, clientHash: string, userId: number, now: string): Promise<void> {
  await db
    .insertInto('sign_in_clients')
    .values({ client_hash: clientHash, user_id: userId, last_sign_in_at: now })
    .onConflict((conflict) => conflict.columns(['client_hash', 'user_id']).doUpdateSet({ last_sign_in_at: now }))
    .execute();
}

/** Browsers that have not signed in since `before` are strangers again; returns how many went. */
export async function deleteClientsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('sign_in_clients').where('last_sign_in_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
