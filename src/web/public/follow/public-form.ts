// What every public form handler needs: the CSRF check, the form's fields, field messages in the
// reader's language (the client's key for the rate limit is in web/client-address.ts).
import type { Context } from 'hono';
import { ForbiddenError, type ValidationError } from '../../../domain/errors.ts';
import type { FieldErrors } from '../../views/forms.tsx';
import { formBody, lastText } from '../../request-limits.ts';
import { checkAnonymousFormToken, type AppEnv } from '../../session.ts';

/** The browser says the form was sent from one of our own pages. */
function fromOwnPage(c: Context<AppEnv>, baseUrl: string): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site) return site === 'same-origin';
  const origin = c.req.header('Origin');
  return origin !== undefined && (origin === new URL(baseUrl).origin || origin === new URL(c.req.url).origin);
}

/**
 * CSRF for public forms. The form pages carry the double-submit token of the sign-in form. The
 * small forms on pledge and chapter pages cannot: those pages are cached and shared, so they
 * carry no token and are accepted when the browser's Sec-Fetch-Site or Origin header names our
 * own origin. Anything else is shown the form again, with a fresh token, to send once more.
 */
export async function isGenuineForm(c: Context<AppEnv>, baseUrl: string): Promise<boolean> {
  try {
    await checkAnonymousFormToken(c);
    return true;
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return fromOwnPage(c, baseUrl);
  }
}

/** Field messages: the service gives keys, the page's language gives the words. */
export function translateErrors(error: ValidationError, words: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.field] ??= words[issue.message] ?? issue.message;
  return errors;
}

/** Pages with a personal token or link secret are never cached. */
export function privatePage(response: Response): Response {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export async function formFields(c: Context<AppEnv>): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(await formBody(c))) {
    const text = lastText(value);
    if (text !== undefined) fields[name] = text;
  }
  return fields;
}
