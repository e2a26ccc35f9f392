// Asking for a subscription: validate, throttle, store it unconfirmed and queue the confirmation
// mail (double opt-in). Messages of validation errors are keys the web layer translates.
import { z } from 'zod';
import { ValidationError } from '../../domain/errors.ts';
import { confirmationMail } from '../../mail/templates.ts';
import type { Db } from '../../store/database.ts';
import { enqueueMail } from '../../store/outbox.ts';
import type { MailLocale } from '../../store/schema-mail.ts';
import { addToken, countRecentTokens } from '../../store/subscription-tokens.ts';
import { requestSubscription } from '../../store/subscriptions.ts';
import { caughtInHoneypot, honeypot } from '../forms/honeypot.ts';
import { countRequest, type Limit } from '../forms/rate-limit.ts';
import { validate } from '../validation.ts';
import { absoluteLink, subscriptionPaths } from './paths.ts';
import { refuseIfArchivedScope, resolveScope } from './scopes.ts';
import { newLinkSecret } from './tokens.ts';

const SUBSCRIBE_LIMIT: Limit = { bucket: 'subscribe', requests: 10, windowMs: 3600_000 };
/** Confirmation mails to one address for one scope per hour: nobody is flooded by strangers. */
const CONFIRMATIONS_PER_HOUR = 3;

const emailField = z.string().trim().toLowerCase().min(1, 'emailRequired').max(254, 'invalidEmail').pipe(z.email('invalidEmail'));

const subscribeSchema = z.object({
  email: emailField,
  scope: z.string().trim().max(300).default('all'),
  frequency: z.enum(['immediate', 'daily'], 'invalidFrequency').default('immediate'),
  ...honeypot,
});

export interface RequestContext {
  locale: MailLocale;
  baseUrl: string;
  clientKey: string;
  now: Date;
}

/**
 * Queues a confirmation mail unless the input is spam; the caller always says "check your mail".
 * A pledge or chapter of an archived government is refused with ArchivedError.
 */
export async function subscribe(db: Db, input: Record<string, unknown>, context: RequestContext): Promise<void> {
  const form = validate(subscribeSchema, input);
  if (caughtInHoneypot(form)) return;
  const scope = await resolveScope(db, form.scope);
  if (!scope) throw new ValidationError([{ field: 'scope', message: 'unknownScope' }]);
  // Checked before the rate limit counts the request, and again where the subscription is written.
  await refuseIfArchivedScope(db, scope);
  await countRequest(db, SUBSCRIBE_LIMIT, context.clientKey, context.now);
  const stamp = context.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await refuseIfArchivedScope(trx, scope);
    const subscription = await requestSubscription(
      trx,
      { email: form.email, locale: context.locale, scopeType: scope.type, scopeId: scope.id, frequency: form.frequency },
      stamp,
    );
    if (subscription.confirmed_at !== null) return;
    const hourAgo = new Date(context.now.getTime() - 3600_000).toISOString();
    if ((await countRecentTokens(trx, subscription.id, 'confirm', hourAgo)) >= CONFIRMATIONS_PER_HOUR) return;
    const confirm = newLinkSecret();
    const cancel = newLinkSecret();
    await addToken(trx, confirm.hash, [subscription.id], 'confirm', stamp);
    await addToken(trx, cancel.hash, [subscription.id], 'unsubscribe', stamp);
    const content = confirmationMail({
      language: context.locale,
      scopes: [scope.label],
      frequency: form.frequency,
      confirmUrl: absoluteLink(context.baseUrl, context.locale, subscriptionPaths.confirm(confirm.secret)),
      cancelUrl: absoluteLink(context.baseUrl, context.locale, subscriptionPaths.unsubscribe(cancel.secret)),
    });
    await enqueueMail(trx, { dedupKey: `confirm:${confirm.hash}`, recipient: form.email, ...content, unsubscribeHash: cancel.hash }, stamp);
  });
}
