// Reading forms in admin handlers: the body as strings, and service errors as field messages.
import type { Context } from 'hono';
import { ValidationError } from '../../domain/errors.ts';
import { formBody } from '../forms/request-limits.ts';
import type { AppEnv } from '../session.ts';
import type { FieldErrors } from '../views/forms.tsx';
import { fieldText } from '../i18n/errors.ts';

/** The submitted form as a map of strings (repeated names become arrays). */
export async function formOf(c: Context<AppEnv>): Promise<Record<string, string | string[]>> {
  const body = await formBody(c);
  const form: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (Array.isArray(value)) form[key] = value.filter((item): item is string => typeof item === 'string');
    else if (typeof value === 'string') form[key] = value;
  }
  return form;
}

export function fieldErrors(error: ValidationError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.field.replace(/\./g, '-')] ??= fieldText(issue);
  return errors;
}

/** A local path to return to after signing in; anything else falls back to the back office. */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/admin(\/[\w\-./?=&%]*)?$/.test(value) && !value.includes('//') ? value : '/admin';
}
