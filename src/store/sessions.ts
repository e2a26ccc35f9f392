// Sign-in sessions, kept in the database so any app instance can serve any request.
import type { Db } from './database.ts';
import type { User } from './schema.ts';

export async function insertSession(
  db: Db,
  session: { id: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session with this id and its (enabled) user, if it has not expired and began after `createdAfter`. */
export async function findLiveSession(
  db: Db,
  id: string,
  now: string,
  createdAfter: string,
): Promise<{ csrfToken: string; createdAt: string; expiresAt: string; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.created_at as session_created_at', 'sessions.expires_at'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('sessions.created_at', '>', createdAfter)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token: csrfToken, session_created_at: createdAt, expires_at: expiresAt, ...user } = row;
  return { csrfToken, createdAt, expiresAt, user };
}

export async function extendSession(db: Db, id: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) query = query.where('id', '!=', except);
  await query.execute();
}

/** Sessions past their end (expiry, or the maximum after sign-in); returns how many went. */
export async function deleteExpiredSessions(db: Db, now: string, createdBefore: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('created_at', '<=', createdBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
