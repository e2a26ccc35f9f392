// Sends what the outbox holds: claim a batch under a lease, send each mail, mark it sent, or
// schedule a retry with exponential backoff and give up after a number of attempts.
import type { Mailer } from '../../mail/transport.ts';
import type { Db } from '../../store/database.ts';
import { cancelMail, claimDueMails, markMailFailed, markMailSent } from '../../store/outbox.ts';
import type { OutboxMail } from '../../store/schema-mail.ts';
import { existingTokens } from '../../store/subscription-tokens.ts';

export interface DeliveryPolicy {
  /** How long a claim holds before another worker may take the mail (a crashed worker's mails). */
  leaseMs: number;
  /** The first retry waits this long, each further one twice as long, at most `maxBackoffMs`. */
  retryBaseMs: number;
  maxBackoffMs: number;
  maxAttempts: number;
  batch: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = {
  leaseMs: 120_000,
  retryBaseMs: 60_000,
  maxBackoffMs: 6 * 3600_000,
  maxAttempts: 10,
  batch: 200,
};

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Claimed mails this round did not get to before its lease ran short; they are due again after it. */
  left: number;
}

export function retryDelayMs(policy: DeliveryPolicy, attempts: number): number {
  return Math.min(policy.retryBaseMs * 2 ** Math.max(0, attempts - 1), policy.maxBackoffMs);
}

/**
 * Claims a batch and sends it over the mailer's connections in parallel. No mail is begun once
 * less than half the lease is left (measured on the real clock, as the lease is), so a slow SMTP
 * server never lets a lease run out under a mail in flight and another worker send it again.
 */
export async function deliverDueMails(db: Db, mailer: Mailer, policy: DeliveryPolicy, now: Date): Promise<DeliveryResult> {
  const lease = new Date(now.getTime() + policy.leaseMs).toISOString();
  const beginBefore = performance.now() + policy.leaseMs / 2;
  const result: DeliveryResult = { sent: 0, failed: 0, left: 0 };
  const claimed = await claimDueMails(db, now.toISOString(), lease, policy.batch);
  // The recipient unsubscribed after the mail was queued.
  const wanted = await existingTokens(
    db,
    claimed.flatMap((mail) => (mail.unsubscribe_hash === null ? [] : [mail.unsubscribe_hash])),
  );
  const unwanted = (mail: OutboxMail) => mail.unsubscribe_hash !== null && !wanted.has(mail.unsubscribe_hash);
  for (const mail of claimed.filter(unwanted)) await cancelMail(db, mail.id);
  const queue = claimed.filter((mail) => !unwanted(mail));
  const lane = async () => {
    for (let mail = queue.shift(); mail; mail = queue.shift()) {
      if (performance.now() > beginBefore) {
        result.left += 1;
        continue;
      }
      result[await deliver(db, mailer, policy, mail, lease, now)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, mailer.connections) }, lane));
  return result;
}

async function deliver(
  db: Db,
  mailer: Mailer,
  policy: DeliveryPolicy,
  mail: OutboxMail,
  lease: string,
  now: Date,
): Promise<'sent' | 'failed'> {
  try {
    await mailer.send({
      to: mail.recipient,
      subject: mail.subject,
      text: mail.body,
      headers: JSON.parse(mail.headers) as Record<string, string>,
    });
  } catch (error) {
    const retryAt =
      mail.attempts >= policy.maxAttempts ? null : new Date(now.getTime() + retryDelayMs(policy, mail.attempts)).toISOString();
    await markMailFailed(db, mail.id, error instanceof Error ? error.message.slice(0, 500) : String(error), retryAt);
    return 'failed';
  }
  await markMailSent(db, mail.id, lease, now.toISOString());
  return 'sent';
}
