// Use cases: sign in (throttled, no client addresses), resolve a session, sign out.
import { createHash, randomBytes } from 'node:crypto';
import { ValidationError, fieldIssue } from '../domain/errors.ts';
import type { Actor, Role } from '../domain/roles.ts';
import type { Db } from '../store/database.ts';
import { deleteSession, extendSession, findLiveSession, insertSession } from '../store/sessions.ts';
import { isKnownClient, rememberClient } from '../store/sign-in-clients.ts';
import { findUserByEmail } from '../store/users.ts';
import { limitedCheck, PASSWORD_LIMIT } from './attempt-limit.ts';
import { DUMMY_HASH, verifyPassword } from './passwords.ts';

/** A session ends after this many hours without use… */
export const SESSION_HOURS = 12;
/** …and this many hours after the sign-in, however much it is used. */
export const SESSION_MAX_HOURS = 24;
/** A browser that has not signed in to an account for this long is a stranger to it again. */
export const KNOWN_CLIENT_DAYS = 90;

export interface SignedIn extends Actor {
  email: string;
  role: Role;
  csrfToken: string;
  sessionId: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The client cookie of a browser (services never see another): 24 random bytes, base64url. */
export function isClientId(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value);
}

export function newClientId(): string {
  return randomBytes(24).toString('base64url');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000).toISOString();

/**
 * The counter a sign-in attempt is charged to. A browser that signed in to the account within
 * KNOWN_CLIENT_DAYS has one of its own; every other attempt (a new browser, a script without the
 * client cookie or with a made-up one) goes to the account's shared counter. Others' failures so
 * never keep an account's own browsers out, and leaving out or inventing a cookie buys no attempt.
 */
async function attemptKey(
  db: Db,
  email: string,
  userId: number | undefined,
  client: string,
  now: Date,
): Promise<{ key: string; known: boolean }> {
  if (isClientId(client)) {
    const clientHash = sha256(client);
    const since = new Date(now.getTime() - KNOWN_CLIENT_DAYS * 86_400_000).toISOString();
    // Asked for a missing account too (id 0 is nobody's), so both take the same time.
    if (await isKnownClient(db, clientHash, userId ?? 0, since)) return { key: `login-client:${clientHash}:${userId}`, known: true };
  }
  return { key: `login:${sha256(email)}`, known: false };
}

/** Checks the password and opens a session; returns the cookie token. `client` is the browser's client cookie. */
export async function signIn(db: Db, input: { email: string; password: string; client: string }, now: Date): Promise<{ token: string }> {
  const email = normaliseEmail(input.email);
  const user = await findUserByEmail(db, email);
  const { key, known } = await attemptKey(db, email, user?.id, input.client, now);
  const check = async () => (await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password)) && user?.disabled === 0;
  if (!(await limitedCheck(db, key, PASSWORD_LIMIT, now, check, !known)) || !user) {
    throw new ValidationError([fieldIssue('password', 'login.failed')]);
  }
  if (isClientId(input.client)) await rememberClient(db, sha256(input.client), user.id, now.toISOString());
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

/**
 * The signed-in user behind a cookie token. Sessions slide forward while in use, but never past
 * SESSION_MAX_HOURS after the sign-in, so a stolen cookie cannot be kept alive.
 */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SignedIn | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const sessionId = sha256(token);
  const session = await findLiveSession(db, sessionId, now.toISOString(), addMinutes(now, -SESSION_MAX_HOURS * 60));
  if (!session) return undefined;
  const halfLife = (SESSION_HOURS * 60 * 60_000) / 2;
  if (Date.parse(session.expiresAt) - now.getTime() < halfLife) {
    const slid = addMinutes(now, SESSION_HOURS * 60);
    const end = addMinutes(new Date(session.createdAt), SESSION_MAX_HOURS * 60);
    const expiresAt = slid < end ? slid : end;
    if (expiresAt > session.expiresAt) await extendSession(db, sessionId, expiresAt);
  }
  const { user } = session;
  return { id: user.id, email: user.email, role: user.role, organisationId: user.organisation_id, csrfToken: session.csrfToken, sessionId };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, sha256(token));
}
