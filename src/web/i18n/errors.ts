// A failure said in the words of its surface: the back office's keys from its catalogue (German), the others from the public catalogue of the page's language.
import type { AdminErrorParams, AdminFieldParams, AppError, FieldIssue, Problem, PublicErrorParams } from '../../domain/errors.ts';
import { adminMessages } from './admin/catalogue.ts';
import type { Locale } from './locale.ts';
import { messagesFor } from './messages.ts';

type Say<P> = (params: P) => string;

export function errorText(reason: Problem, locale: Locale): string {
  if (Object.hasOwn(adminMessages.errors, reason.key)) {
    return (adminMessages.errors[reason.key as keyof AdminErrorParams] as Say<unknown>)(reason.params);
  }
  return (messagesFor(locale).errors[reason.key as keyof PublicErrorParams] as Say<unknown>)(reason.params);
}

/** What to show of an error: its message key in the catalogue, else the text it was raised with (the web layer's own). */
export function errorMessage(error: AppError, locale: Locale): string {
  return error.reason ? errorText(error.reason, locale) : error.message;
}

/** A field's message in the back office: its key in the catalogue, else the text it came with. */
export function fieldText(issue: FieldIssue): string {
  if (!Object.hasOwn(adminMessages.fields, issue.message)) return issue.message;
  return (adminMessages.fields[issue.message as keyof AdminFieldParams] as Say<unknown>)(issue.params ?? {});
}
