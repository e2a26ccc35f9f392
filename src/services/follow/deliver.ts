// Sends what the outbox holds: claim a batch under a lease, send each mail, mark it sent, or
// schedule a retry with exponential backoff and give up after a number of attempts.
import type { Mailer } from '../../mail/transport.ts';
import type { Db } from '../../store/database.ts';
import { cancelMail, claimDueMails, markMailFailed, markMailSent } from '../../store/outbox.ts';
import type { OutboxMail } from '../../store/schema-mail.ts';
import { tokenExists } from '../../store/subscriptions.ts';

export interface DeliveryPolicy {
  /** How long a claim holds before another worker may take the mail (a crashed worker's mails). */
  leaseMs: number;
  /** The first retry waits this long, each further one twice as long, at most `maxBackoffMs`. */
  retryBaseMs: number;
  maxBackoffMs: number;
  maxAttempts: number;
  batch: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = { leaseMs: 120_000, retryBaseMs: 60_000, maxBackoffMs: 6 * 3600_000, maxAttempts: 10, batch: 20 };

export interface DeliveryResult {
  sent: number;
  failed: number;
}

export function retryDelayMs(policy: DeliveryPolicy, attempts: number): number {
  return Math.min(policy.retryBaseMs * 2 ** Math.max(0, attempts - 1), policy.maxBackoffMs);
}

export async function deliverDueMails(db: Db, mailer: Mailer, policy: DeliveryPolicy, now: Date): Promise<DeliveryResult> {
  const lease = new Date(now.getTime() + policy.leaseMs).toISOString();
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const mail of await claimDueMails(db, now.toISOString(), lease, policy.batch)) {
    const outcome = await deliver(db, mailer, policy, mail, lease, now);
    if (outcome !== 'cancelled') result[outcome] += 1;
  }
  return result;
}

type Outcome = 'sent' | 'failed' | 'cancelled';

async function deliver(db: Db, mailer: Mailer, policy: DeliveryPolicy, mail: OutboxMail, lease: string, now: Date): Promise<Outcome> {
  // The recipient unsubscribed after the mail was queued.
  if (mail.unsubscribe_hash !== null && !(await tokenExists(db, mail.unsubscribe_hash))) {
    await cancelMail(db, mail.id);
    return 'cancelled';
  }
  try {
    await mailer.send({ to: mail.recipient, subject: mail.subject, text: mail.body, headers: JSON.parse(mail.headers) as Record<string, string> });
  } catch (error) {
    const retryAt = mail.attempts >= policy.maxAttempts ? null : new Date(now.getTime() + retryDelayMs(policy, mail.attempts)).toISOString();
    await markMailFailed(db, mail.id, error instanceof Error ? error.message.slice(0, 500) : String(error), retryAt);
    return 'failed';
  }
  await markMailSent(db, mail.id, lease, now.toISOString());
  return 'sent';
}
