// The mail worker: in a loop, turns mail events into mails, queues due digests, sends the outbox,
// and forgets stale requests. All its state is in the database, so it survives restarts and
// runs beside other workers (`serve` on several instances, `mail-worker`).
import type { Mailer } from '../../mail/transport.ts';
import type { Db } from '../../store/database.ts';
import { purgeFinishedMails } from '../../store/outbox.ts';
import { deleteFormThrottlesBefore, deleteUnconfirmedBefore } from '../../store/subscriptions.ts';
import { SUGGEST_LIMIT } from '../public/suggest.ts';
import { DEFAULT_DELIVERY, deliverDueMails, type DeliveryPolicy } from './deliver.ts';
import { queueDueDigests } from './digest.ts';
import { processMailEvents } from './fan-out.ts';
import { CONFIRM_DAYS } from './links.ts';
import { SUBSCRIBE_LIMIT } from './subscribe.ts';

export interface WorkerLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface MailWorkerOptions {
  db: Db;
  mailer: Mailer;
  baseUrl: string;
  log?: WorkerLog;
  clock?: () => Date;
  intervalMs?: number;
  delivery?: Partial<DeliveryPolicy>;
}

export interface MailWorker {
  /** One round of all the work; what a tick of the loop does. */
  runOnce(): Promise<{ events: number; digests: number; sent: number; failed: number }>;
  start(): void;
  /** Stops the loop after the current round. */
  stop(): Promise<void>;
}

const KEEP_FINISHED_DAYS = 30;
/** Forgetting stale requests and old mails can wait; it should not cost a scan of the outbox every round. */
const HOUSEKEEPING_INTERVAL_MS = 10 * 60_000;

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, mailer, log } = options;
  const clock = options.clock ?? (() => new Date());
  const delivery: DeliveryPolicy = { ...DEFAULT_DELIVERY, ...options.delivery };
  const site = { baseUrl: options.baseUrl };
  const intervalMs = options.intervalMs ?? 5000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  let lastHousekeeping = -Infinity;
  /** Whether the last round left work that is due now: then the next one follows at once. */
  let backlog = false;

  async function housekeeping(now: number) {
    if (now - lastHousekeeping < HOUSEKEEPING_INTERVAL_MS) return;
    lastHousekeeping = now;
    await deleteUnconfirmedBefore(db, new Date(now - CONFIRM_DAYS * 86_400_000).toISOString());
    await purgeFinishedMails(db, new Date(now - KEEP_FINISHED_DAYS * 86_400_000).toISOString());
    await deleteFormThrottlesBefore(db, new Date(now - 2 * 86_400_000).toISOString(), [SUBSCRIBE_LIMIT.bucket, SUGGEST_LIMIT.bucket]);
  }

  async function runOnce() {
    const events = await processMailEvents(db, site, clock());
    const digests = await queueDueDigests(db, site, clock());
    const { sent, failed, left } = await deliverDueMails(db, mailer, delivery, clock());
    await housekeeping(clock().getTime());
    if (sent + failed > 0) log?.info({ sent, failed }, 'mail delivered');
    backlog = sent + failed + left >= delivery.batch && left === 0;
    // Connections are kept while a backlog is being sent and let go when the outbox is empty.
    if (!backlog) mailer.close();
    return { events, digests, sent, failed };
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      backlog = false;
      running = runOnce()
        .catch((error: unknown) => log?.error({ err: error }, 'mail worker round failed'))
        .finally(() => schedule(backlog ? 0 : intervalMs));
    }, delayMs);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}
