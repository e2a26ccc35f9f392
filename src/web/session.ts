// The session cookie and the signed-in user on every request, and the browser's client cookie.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isClientId, newClientId, resolveSession, SESSION_MAX_HOURS, type SignedIn } from '../services/sessions.ts';
import type { Db } from '../store/database.ts';

export const SESSION_COOKIE = 'kt_session';
/** The browser's client cookie: the sign-in throttle tells an account's own browsers by it. */
const CLIENT_COOKIE = 'kt_client';
const CLIENT_COOKIE_DAYS = 365;

export type AppEnv = { Variables: { user: SignedIn | undefined } };

export interface CookiePolicy {
  secure: boolean;
}

/** Puts the signed-in user (or undefined) on the context; anonymous requests cost no query. */
export function loadSession(db: Db, clock: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('user', token ? await resolveSession(db, token, clock()) : undefined);
    await next();
  };
}

export function setSessionCookie(c: Context, token: string, policy: CookiePolicy): void {
  // The browser keeps it as long as the session can last; the database says whether it still does.
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/',
    maxAge: SESSION_MAX_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: policy.secure });
}

/**
 * The browser's client cookie, made when it has none (or a malformed one) and renewed for another
 * year on every visit to the sign-in form. Only the back office reads it.
 */
export function clientCookie(c: Context, policy: CookiePolicy): string {
  const existing = getCookie(c, CLIENT_COOKIE);
  const client = existing && isClientId(existing) ? existing : newClientId();
  setCookie(c, CLIENT_COOKIE, client, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/admin',
    maxAge: CLIENT_COOKIE_DAYS * 86_400,
  });
  return client;
}
