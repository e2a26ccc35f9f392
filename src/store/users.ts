// Back-office accounts.
import type { Role } from '../domain/roles.ts';
import type { Db } from './database.ts';
import type { User } from './schema.ts';

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<User[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

export async function insertUser(
  db: Db,
  user: { email: string; passwordHash: string; role: Role; organisationId: number | null; now: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      password_hash: user.passwordHash,
      role: user.role,
      organisation_id: user.organisationId,
      created_at: user.now,
      updated_at: user.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether the account wants a mail when a suggestion arrives. */
export async function setSuggestionNotification(db: Db, id: number, on: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ notify_suggestions: on ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** Active accounts that may moderate suggestions and asked to be mailed when one arrives. */
export async function listSuggestionWatchers(db: Db): Promise<Pick<User, 'id' | 'email'>[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('notify_suggestions', '=', 1)
    .where('disabled', '=', 0)
    .where('role', 'in', ['admin', 'editor'])
    .orderBy('id')
    .execute();
}

export async function updateUser(
  db: Db,
  id: number,
  changes: Partial<{ password_hash: string; role: Role; organisation_id: number | null; disabled: number; updated_at: string }>,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
