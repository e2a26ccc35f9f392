// What the confirmation and unsubscribe links do: show what they are about, then act on a POST.
import type { ScopeLabel } from '../../mail/templates.ts';
import type { Db } from '../../store/database.ts';
import type { TokenPurpose } from '../../store/schema-mail.ts';
import { subscriptionsOfToken } from '../../store/subscription-tokens.ts';
import { confirmSubscriptions, deleteSubscriptions } from '../../store/subscriptions.ts';
import { labelOf } from './scopes.ts';
import { hashSecret, looksLikeSecret } from './tokens.ts';

export const CONFIRM_DAYS = 7;

async function subscriptionsOf(db: Db, secret: string, purpose: TokenPurpose, now: Date) {
  if (!looksLikeSecret(secret)) return [];
  const notBefore = purpose === 'confirm' ? new Date(now.getTime() - CONFIRM_DAYS * 86_400_000).toISOString() : '';
  return subscriptionsOfToken(db, hashSecret(secret), purpose, notBefore);
}

/** What a link stands for; empty when it is unknown, spent or expired. */
export async function scopesOfLink(db: Db, secret: string, purpose: TokenPurpose, now: Date): Promise<ScopeLabel[]> {
  const subscriptions = await subscriptionsOf(db, secret, purpose, now);
  return Promise.all(subscriptions.map((subscription) => labelOf(db, subscription)));
}

/** Confirms what the link stands for; returns those scopes (empty: the link was no good). */
export async function confirmSubscription(db: Db, secret: string, now: Date): Promise<ScopeLabel[]> {
  return db.transaction().execute(async (trx) => {
    const subscriptions = await subscriptionsOf(trx, secret, 'confirm', now);
    const labels = await Promise.all(subscriptions.map((subscription) => labelOf(trx, subscription)));
    await confirmSubscriptions(
      trx,
      subscriptions.map((subscription) => subscription.id),
      now.toISOString(),
    );
    return labels;
  });
}

/** Ends what the link stands for, at once and without a trace of the address. */
export async function endSubscription(db: Db, secret: string, now: Date): Promise<ScopeLabel[]> {
  return db.transaction().execute(async (trx) => {
    const subscriptions = await subscriptionsOf(trx, secret, 'unsubscribe', now);
    const labels = await Promise.all(subscriptions.map((subscription) => labelOf(trx, subscription)));
    await deleteSubscriptions(
      trx,
      subscriptions.map((subscription) => subscription.id),
    );
    return labels;
  });
}
