// Use cases on accounts: create (CLI), change one's password, disable or enable (admins).
import { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, fieldIssue, fieldKey, problem } from '../domain/errors.ts';
import { can, isRole, type Actor, type Role } from '../domain/roles.ts';
import { recordAudit } from '../store/audit.ts';
import type { Db } from '../store/database.ts';
import { deleteSessionsOfUser } from '../store/sessions.ts';
import { findUserByEmail, findUserById, insertUser, listUsers, updateUser } from '../store/users.ts';
import { findOrCreateTerm, listTerms } from '../store/vocabularies.ts';
import { limitedCheck, PASSWORD_LIMIT } from './attempt-limit.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.ts';
import { normaliseEmail, type SignedIn } from './sessions.ts';
import { lineField, validate } from './validation.ts';

const newUserSchema = z.object({
  email: z.email(fieldKey('email.form')),
  password: z.string().min(MIN_PASSWORD_LENGTH, fieldKey('text.min')).max(1000),
  role: z.string().refine(isRole, fieldKey('account.role')),
  organisation: lineField().trim().min(1).optional(),
});

export async function addUser(
  db: Db,
  input: { email: string; password: string; role: string; organisation?: string },
  now: Date,
): Promise<number> {
  const fields = validate(newUserSchema, { ...input, email: normaliseEmail(input.email) });
  if (fields.role === 'expert' && !fields.organisation)
    throw new ValidationError([fieldIssue('organisation', 'account.expertOrganisation')]);
  const passwordHash = await hashPassword(fields.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, fields.email)) throw new ConflictError(`Es gibt schon ein Konto für ${fields.email}`);
    const organisationId = fields.organisation ? await findOrCreateTerm(trx, 'organisations', fields.organisation) : null;
    const id = await insertUser(trx, {
      email: fields.email,
      passwordHash,
      role: fields.role as Role,
      organisationId,
      now: now.toISOString(),
    });
    await recordAudit(
      trx,
      {
        userId: null,
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        summary: `Konto ${fields.email} (${fields.role}) angelegt`,
        before: null,
        after: { email: fields.email, role: fields.role, organisationId },
      },
      now.toISOString(),
    );
    return id;
  });
}

const passwordChangeSchema = z
  .object({
    current: z.string().min(1, fieldKey('password.currentRequired')),
    next: z.string().min(MIN_PASSWORD_LENGTH, fieldKey('text.min')).max(1000),
    repeat: z.string(),
  })
  .refine((fields) => fields.next === fields.repeat, { path: ['repeat'], message: fieldKey('password.repeatDiffers') });

/**
 * Sets a new password and ends the user's other sessions. The current password is checked under
 * the sign-in limit, per session: whoever took over a session cannot try passwords through this form
 * without limit, and the owner's own sessions are not blocked by it.
 */
export async function changePassword(db: Db, actor: SignedIn, input: Record<string, unknown>, now: Date): Promise<void> {
  const fields = validate(passwordChangeSchema, input);
  const user = await findUserById(db, actor.id);
  const check = async () => user !== undefined && (await verifyPassword(user.password_hash, fields.current));
  if (!(await limitedCheck(db, `password-check:${actor.sessionId}`, PASSWORD_LIMIT, now, check)) || !user) {
    throw new ValidationError([fieldIssue('current', 'password.currentWrong')]);
  }
  const passwordHash = await hashPassword(fields.next);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: passwordHash, updated_at: now.toISOString() });
    await deleteSessionsOfUser(trx, user.id, actor.sessionId);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'user.password',
        entityType: 'user',
        entityId: user.id,
        summary: 'Passwort geändert',
        before: null,
        after: null,
      },
      now.toISOString(),
    );
  });
}

export async function setUserDisabled(db: Db, actor: Actor, userId: number, disabled: boolean, now: Date): Promise<void> {
  if (!can(actor, 'users.manage')) throw new ForbiddenError();
  if (actor.id === userId) throw new ValidationError([fieldIssue('user', 'account.ownLock')]);
  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new NotFoundError(problem('notFound.account'));
    if ((user.disabled === 1) === disabled) return;
    await updateUser(trx, userId, { disabled: disabled ? 1 : 0, updated_at: now.toISOString() });
    if (disabled) await deleteSessionsOfUser(trx, userId);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: userId,
        summary: `Konto ${user.email} ${disabled ? 'gesperrt' : 'entsperrt'}`,
        before: { disabled: user.disabled === 1 },
        after: { disabled },
      },
      now.toISOString(),
    );
  });
}

export async function listAccounts(db: Db, actor: Actor) {
  if (!can(actor, 'users.manage')) throw new ForbiddenError();
  const organisations = new Map((await listTerms(db, 'organisations')).map((term) => [term.id, term.name]));
  return (await listUsers(db)).map((user) => ({
    id: user.id,
    email: user.email,
    role: user.role,
    organisation: user.organisation_id === null ? null : (organisations.get(user.organisation_id) ?? null),
    disabled: user.disabled === 1,
    createdAt: user.created_at,
  }));
}
