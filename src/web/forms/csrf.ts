// CSRF tokens of forms: the session's token for signed-in forms, a double-submit cookie for forms
// without a session (the sign-in and the public form pages). Compared in constant time.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { ForbiddenError } from '../../domain/errors.ts';
import type { AppEnv, CookiePolicy } from '../session.ts';
import { formBody, lastText } from './request-limits.ts';

const FORM_COOKIE = 'kt_form';
const INVALID = 'Das Formular ist abgelaufen oder ungültig (CSRF). Bitte die Seite neu laden.';

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The form field value of `_csrf`, from a urlencoded or multipart body. */
async function submittedToken(c: Context<AppEnv>): Promise<string> {
  return lastText((await formBody(c))['_csrf']) ?? '';
}

/** Signed-in forms: the token must be the session's. */
export function requireSessionToken(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const user = c.get('user');
      if (!user || !sameToken(await submittedToken(c), user.csrfToken)) throw new ForbiddenError(INVALID);
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
  if (!cookie || !sameToken(await submittedToken(c), cookie)) throw new ForbiddenError(INVALID);
}
