// Discovery runs one at a time across all instances: a run holds a lease in the database (`settings`),
// renewed while it works, so `serve` on several instances and a `discover` from cron never overlap. `serve`
// asks every few minutes whether a run is due (DISCOVER_INTERVAL since the last one began).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../../store/database.ts';
import { claimLease, readLease, readSetting, releaseLease, writeSetting } from '../../store/settings.ts';
import { runDiscovery, type DiscoverOptions, type DiscoveryReport, type DiscoverySettings } from './run.ts';

const LEASE = 'discovery.lease';
const LAST_RUN = 'discovery.last_run';
/** A lease outlives a crashed holder by at most this long; a working one renews it well before. */
const LEASE_MS = 10 * 60_000;
const RENEW_MS = 2 * 60_000;
/** serve asks at most this often whether a run is due. */
const MAX_CHECK_MS = 5 * 60_000;

/** Who holds a lease: this process, recognisably in the settings table. */
export function leaseHolder(): string {
  return `${hostname()
    .replace(/[^\w-]/g, '-')
    .slice(0, 40)}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Another run holds the lease. */
export class DiscoveryBusyError extends Error {
  constructor(readonly until: string) {
    super(`another discovery run is under way (its lease runs until ${until}); try again after it`);
  }
}

export interface ExclusiveOptions extends DiscoverOptions {
  holder?: string;
  clock?: () => Date;
  /** Asked once the lease is taken: false gives it back without a run (undefined is returned). */
  onlyIf?: () => Promise<boolean>;
}

/** One run under the lease; DiscoveryBusyError when another run holds it. */
export async function runDiscoveryExclusively(
  db: Db,
  settings: DiscoverySettings,
  options: ExclusiveOptions & { onlyIf?: undefined },
): Promise<DiscoveryReport>;
export async function runDiscoveryExclusively(
  db: Db,
  settings: DiscoverySettings,
  options: ExclusiveOptions,
): Promise<DiscoveryReport | undefined>;
export async function runDiscoveryExclusively(
  db: Db,
  settings: DiscoverySettings,
  options: ExclusiveOptions,
): Promise<DiscoveryReport | undefined> {
  const holder = options.holder ?? leaseHolder();
  const clock = options.clock ?? (() => new Date());
  const claim = () => {
    const now = clock();
    return claimLease(db, LEASE, holder, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString());
  };
  if (!(await claim())) throw new DiscoveryBusyError((await readLease(db, LEASE))?.until ?? 'soon');
  let renewal = Promise.resolve(true);
  const renewing = setInterval(() => {
    renewal = claim().catch(() => false);
  }, RENEW_MS);
  renewing.unref();
  try {
    if (options.onlyIf && !(await options.onlyIf())) return undefined;
    const report = await runDiscovery(db, settings, options);
    await writeSetting(db, LAST_RUN, options.now.toISOString());
    return report;
  } finally {
    clearInterval(renewing);
    await renewal;
    await releaseLease(db, LEASE, holder);
  }
}

export interface DiscoveryLog {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/**
 * Runs discovery whenever `intervalMs` has passed since the last run of any instance began: asks at once
 * and then every so often, takes the lease, and checks again under it, so that of several instances asking
 * at once one runs. `stop` waits for a run under way.
 */
export function startDiscovery(options: {
  db: Db;
  settings: DiscoverySettings;
  intervalMs: number;
  log: DiscoveryLog;
  clock?: () => Date;
}): { stop(): Promise<void> } {
  const { db, settings, intervalMs, log } = options;
  const clock = options.clock ?? (() => new Date());
  const holder = leaseHolder();
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  if (!settings.dipApiKey) log.warn({}, "DIP_API_KEY is not set: discovery reads the feeds only, not the Bundestag's DIP");
  const due = async (now: Date) => {
    const last = await readSetting(db, LAST_RUN);
    return last === undefined || now.getTime() - Date.parse(last) >= intervalMs;
  };
  const tick = () => {
    if (busy) return;
    busy = true;
    running = (async () => {
      const now = clock();
      if (!(await due(now))) return;
      const report = await runDiscoveryExclusively(db, settings, { now, holder, clock, onlyIf: () => due(now) });
      if (!report) return;
      const failed = report.sources.filter((source) => source.error !== null);
      for (const source of failed) log.warn({ source: source.title, error: source.error }, 'discovery: a source failed');
      log.info(
        { sources: report.sources.length, failed: failed.length, matched: report.matched, proposals: report.proposals.length },
        'discovery',
      );
    })()
      .catch((error: unknown) => {
        if (!(error instanceof DiscoveryBusyError)) log.error({ err: error }, 'discovery failed');
      })
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, Math.max(1000, Math.min(intervalMs, MAX_CHECK_MS)));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
