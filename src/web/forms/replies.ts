// What public form handlers answer with: field messages and the rate limit's notice in the reader's
// language, and pages that no cache keeps.
import type { Context } from 'hono';
import type { TooManyRequestsError, ValidationError } from '../../domain/errors.ts';
import { localeOfPath } from '../i18n/locale.ts';
import type { FieldErrors } from '../views/forms.tsx';
import { formMessages } from './messages.ts';

/** Field messages: the service gives keys, the page's language gives the words. */
export function translateErrors(error: ValidationError, words: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.field] ??= words[issue.message] ?? issue.message;
  return errors;
}

/** The notice for a client over the rate limit; sets Retry-After on the answer. */
export function tooManyNotice(c: Context, error: TooManyRequestsError): string {
  c.header('Retry-After', String(error.retryAfterSeconds));
  return formMessages[localeOfPath(c.req.path)].tooMany(Math.ceil(error.retryAfterSeconds / 60));
}

/** Pages with a personal token or link secret are never cached. */
export function privatePage(response: Response): Response {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
