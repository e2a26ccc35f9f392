// "Neue Entwicklung melden": a suggestion from the public form, with a honeypot and a per-client
// rate limit in front of the moderation queue. Validation messages are keys the page translates.
import { z } from 'zod';
import { ArchivedError, NotFoundError } from '../../domain/errors.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import { isArchived } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import type { MailLocale } from '../../store/schema-mail.ts';
import { findScopeTarget, type ScopeTarget } from '../../store/subscriptions.ts';
import { rememberSuggestionLocale } from '../../store/suggestions.ts';
import { submitSuggestion } from '../admin/suggestions.ts';
import { caughtInHoneypot, honeypot } from '../forms/honeypot.ts';
import { countRequest, type Limit } from '../forms/rate-limit.ts';
import { lineField, textField, validate } from '../validation.ts';

const SUGGEST_LIMIT: Limit = { bucket: 'suggest', requests: 5, windowMs: 3600_000 };

const suggestionSchema = z.object({
  text: textField().trim().min(10, 'textShort').max(5000, 'textLong'),
  source_url: lineField()
    .trim()
    .min(1, 'urlRequired')
    .max(2000, 'urlLong')
    .refine((value) => httpUrl.safeParse(value).success, 'urlNotHttp'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .default('')
    .pipe(z.union([z.literal(''), z.email('invalidEmail').max(254, 'invalidEmail')])),
  ...honeypot,
});

export interface SuggestContext {
  locale: MailLocale;
  clientKey: string;
  now: Date;
}

/** The published pledge a suggestion is about; an archived government's pledge takes none. */
export async function pledgeToSuggestOn(db: Db, slug: string): Promise<ScopeTarget & { archived: boolean }> {
  const pledge = await findScopeTarget(db, 'pledge', { slug });
  if (!pledge) throw new NotFoundError();
  return { ...pledge, archived: await isArchived(db, { pledgeId: pledge.id }) };
}

/**
 * Puts the suggestion into the moderation queue; a filled honeypot is thanked and dropped. One on an
 * archived government's pledge is refused (ArchivedError) before it counts against the rate limit.
 */
export async function suggestDevelopment(
  db: Db,
  pledgeSlug: string,
  input: Record<string, unknown>,
  context: SuggestContext,
): Promise<void> {
  const form = validate(suggestionSchema, input);
  if (caughtInHoneypot(form)) return;
  if ((await pledgeToSuggestOn(db, pledgeSlug)).archived) throw new ArchivedError();
  await countRequest(db, SUGGEST_LIMIT, context.clientKey, context.now);
  const id = await submitSuggestion(db, pledgeSlug, { text: form.text, source_url: form.source_url, email: form.email }, context.now);
  if (form.email !== '') await rememberSuggestionLocale(db, id, context.locale);
}
