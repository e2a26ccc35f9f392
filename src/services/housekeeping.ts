// Forgets what is past its time (docs/privacy.md): unconfirmed Abos, ended sessions, spent throttle
// counters, old mails, browsers unused for months, and suggesters' addresses a month after the
// decision. Needs no mail. `serve` runs it periodically, one instance per round by a claim in the
// database; `housekeeping` runs it once, for cron.
import type { Db } from '../store/database.ts';
import { deleteMailsBefore } from '../store/outbox.ts';
import { deleteExpiredSessions } from '../store/sessions.ts';
import { claimPeriodicRun } from '../store/settings.ts';
import { deleteClientsBefore } from '../store/sign-in-clients.ts';
import { deleteUnconfirmedBefore } from '../store/subscriptions.ts';
import { forgetSuggestersDecidedBefore } from '../store/suggestions.ts';
import { deleteThrottlesBefore } from '../store/throttles.ts';
import { CONFIRM_DAYS } from './subscriptions/links.ts';
import { KNOWN_CLIENT_DAYS, SESSION_MAX_HOURS } from './sessions.ts';

/** Mails (sent or not) and the addresses of decided suggestions are kept this long. */
export const KEEP_MAILS_DAYS = 30;
export const KEEP_SUGGESTER_DAYS = 30;
/** The longest throttle window is an hour, and the public forms' keys change every day. */
const KEEP_THROTTLES_DAYS = 1;

/** At most one round per hour across all instances. */
export const HOUSEKEEPING_INTERVAL_MS = 3600_000;
/** How often each instance asks whether a round is due. */
const CHECK_EVERY_MS = 10 * 60_000;
const JOB = 'housekeeping.last_run';

export interface HousekeepingReport {
  subscriptions: number;
  sessions: number;
  throttles: number;
  mails: number;
  clients: number;
  suggesterAddresses: number;
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** One round, now. */
export async function runHousekeeping(db: Db, now: Date): Promise<HousekeepingReport> {
  return {
    subscriptions: await deleteUnconfirmedBefore(db, daysAgo(now, CONFIRM_DAYS)),
    sessions: await deleteExpiredSessions(db, now.toISOString(), new Date(now.getTime() - SESSION_MAX_HOURS * 3600_000).toISOString()),
    throttles: await deleteThrottlesBefore(db, daysAgo(now, KEEP_THROTTLES_DAYS)),
    mails: await deleteMailsBefore(db, daysAgo(now, KEEP_MAILS_DAYS)),
    clients: await deleteClientsBefore(db, daysAgo(now, KNOWN_CLIENT_DAYS)),
    suggesterAddresses: await forgetSuggestersDecidedBefore(db, daysAgo(now, KEEP_SUGGESTER_DAYS)),
  };
}

/** A round, unless any instance ran one within the interval; undefined when it was not due. */
export async function runHousekeepingIfDue(db: Db, now: Date): Promise<HousekeepingReport | undefined> {
  const due = await claimPeriodicRun(db, JOB, now.toISOString(), new Date(now.getTime() - HOUSEKEEPING_INTERVAL_MS).toISOString());
  return due ? runHousekeeping(db, now) : undefined;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The report as one line, for the command line. */
export function describeHousekeeping(report: HousekeepingReport): string {
  return (
    `Housekeeping: deleted ${plural(report.subscriptions, 'unconfirmed subscription', 'unconfirmed subscriptions')}, ` +
    `${plural(report.sessions, 'expired session', 'expired sessions')}, ${plural(report.throttles, 'throttle counter', 'throttle counters')}, ` +
    `${plural(report.mails, 'mail', 'mails')}, ${plural(report.clients, 'sign-in client', 'sign-in clients')}; ` +
    `removed ${plural(report.suggesterAddresses, 'suggester address', 'suggester addresses')}.`
  );
}

export interface HousekeepingLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** Asks at once and then every few minutes whether a round is due, and runs it; `stop` ends that. */
export function startHousekeeping(options: { db: Db; log: HousekeepingLog; clock?: () => Date }): { stop(): Promise<void> } {
  const { db, log } = options;
  const clock = options.clock ?? (() => new Date());
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runHousekeepingIfDue(db, clock())
      .then((report) => {
        if (report && Object.values(report).some((count) => count > 0)) log.info(report, 'housekeeping');
      })
      .catch((error: unknown) => log.error({ err: error }, 'housekeeping failed'));
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
