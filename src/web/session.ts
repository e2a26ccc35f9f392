// The session cookie and the signed-in user on every request; CSRF checks for forms.
import { timingSafeEqual, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ForbiddenError } from '../domain/errors.ts';
import { isClientId, newClientId, resolveSession, SESSION_MAX_HOURS, type SignedIn } from '../services/sessions.ts';
import type { Db } from '../store/database.ts';
import { formBody, lastText } from './request-limits.ts';

export const SESSION_COOKIE = 'kt_session';
const FORM_COOKIE = 'kt_form';
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
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: policy.secure, path: '/', maxAge: SESSION_MAX_HOURS * 3600 });
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
  setCookie(c, CLIENT_COOKIE, client, { httpOnly: true, sameSite: 'Lax', secure: policy.secure, path: '/admin', maxAge: CLIENT_COOKIE_DAYS * 86_400 });
  return client;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The form field value of `_csrf`, from a urlencoded or multipart body. */
export async function submittedToken(c: Context<AppEnv>): Promise<string> {
  return lastText((await formBody(c))['_csrf']) ?? '';
}

/** Signed-in forms: the token must be the session's. */
export function requireSessionToken(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const user = c.get('user');
      if (!user || !sameToken(await submittedToken(c), user.csrfToken)) throw new ForbiddenError('Das Formular ist abgelaufen oder ungültig (CSRF). Bitte die Seite neu laden.');
    }
    await next();
  };
}

/**
 * Forms without a session (login, public forms): a random value in an HttpOnly cookie that the
 * form repeats (double submit); another site can neither read the cookie nor set the field.
 */
export function anonymousFormToken(c: Context, policy: CookiePolicy): string {
  const existing = getCookie(c, FORM_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  setCookie(c, FORM_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: policy.secure, path: '/' });
  return token;
}

export async function checkAnonymousFormToken(c: Context<AppEnv>): Promise<void> {
  const cookie = getCookie(c, FORM_COOKIE) ?? '';
  if (!cookie || !sameToken(await submittedToken(c), cookie)) throw new ForbiddenError('Das Formular ist abgelaufen oder ungültig (CSRF). Bitte die Seite neu laden.');
}
