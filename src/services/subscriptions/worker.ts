// The mail worker: in a loop, turns mail events into mails, queues due digests and sends the outbox.
// All its state is in the database, so it survives restarts and runs beside other workers (`serve`
// on several instances, `mail-worker`). Old mails and requests are deleted by housekeeping.
import type { Mailer } from '../../mail/transport.ts';
import type { Db } from '../../store/database.ts';
import { DEFAULT_DELIVERY, deliverDueMails, type DeliveryPolicy } from './deliver.ts';
import { queueDueDigests } from './digest.ts';
import { processMailEvents } from './fan-out.ts';

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

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, mailer, log } = options;
  const clock = options.clock ?? (() => new Date());
  const delivery: DeliveryPolicy = { ...DEFAULT_DELIVERY, ...options.delivery };
  const site = { baseUrl: options.baseUrl };
  const intervalMs = options.intervalMs ?? 5000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  /** Whether the last round left work that is due now: then the next one follows at once. */
  let backlog = false;

  async function runOnce() {
    const events = await processMailEvents(db, site, clock());
    const digests = await queueDueDigests(db, site, clock());
    const { sent, failed, left } = await deliverDueMails(db, mailer, delivery, clock());
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
