// Use cases: sign in (rate-limited, no client addresses), resolve a session, sign out.
import { createHash, randomBytes } from 'node:crypto';
import { TooManyRequestsError, ValidationError } from '../domain/errors.ts';
import type { Actor, Role } from '../domain/roles.ts';
import type { Db } from '../store/database.ts';
import { deleteSession, extendSession, findLiveSession, insertSession } from '../store/sessions.ts';
import { addFailure, deleteThrottle, findThrottle } from '../store/throttles.ts';
import { findUserByEmail } from '../store/users.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

export const SESSION_HOURS = 12;
export const LOGIN_LIMIT = { failures: 5, windowMinutes: 15, blockMinutes: 15 };

export interface SignedIn extends Actor {
  email: string;
  role: Role;
  csrfToken: string;
  sessionId: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000).toISOString();

/** Checks the password and opens a session; returns the cookie token. */
export async function signIn(db: Db, input: { email: string; password: string }, now: Date): Promise<{ token: string }> {
  const email = normaliseEmail(input.email);
  const throttleKey = `login:${sha256(email)}`;
  const throttle = await findThrottle(db, throttleKey);
  if (throttle?.blocked_until && throttle.blocked_until > now.toISOString()) {
    const seconds = Math.ceil((Date.parse(throttle.blocked_until) - now.getTime()) / 1000);
    throw new TooManyRequestsError(`Zu viele Fehlversuche. Bitte in ${Math.ceil(seconds / 60)} Minuten erneut versuchen.`, seconds);
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user || !valid || user.disabled === 1) {
    const failureWindow = { now: now.toISOString(), windowStart: addMinutes(now, -LOGIN_LIMIT.windowMinutes), blockedUntil: addMinutes(now, LOGIN_LIMIT.blockMinutes) };
    await addFailure(db, throttleKey, failureWindow, LOGIN_LIMIT.failures);
    throw new ValidationError([{ field: 'password', message: 'E-Mail-Adresse oder Passwort stimmt nicht.' }]);
  }
  if (throttle) await deleteThrottle(db, throttleKey);
  const token = randomBytes(32).toString('base64url');
  await insertSession(db, {
    id: sha256(token),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: addMinutes(now, SESSION_HOURS * 60),
  });
  return { token };
}

/** The signed-in user behind a cookie token; sessions slide forward while in use. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SignedIn | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const sessionId = sha256(token);
  const session = await findLiveSession(db, sessionId, now.toISOString());
  if (!session) return undefined;
  const halfLife = (SESSION_HOURS * 60 * 60_000) / 2;
  if (Date.parse(session.expiresAt) - now.getTime() < halfLife) await extendSession(db, sessionId, addMinutes(now, SESSION_HOURS * 60));
  const { user } = session;
  return { id: user.id, email: user.email, role: user.role, organisationId: user.organisation_id, csrfToken: session.csrfToken, sessionId };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
}
