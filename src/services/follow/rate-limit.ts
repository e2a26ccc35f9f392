// Counts requests of one client to one public form in a fixed window (table `throttles`).
import { TooManyRequestsError } from '../../domain/errors.ts';
import type { Db } from '../../store/database.ts';
import { findThrottle, saveThrottle } from '../../store/throttles.ts';

export interface Limit {
  /** Name of the form, part of the key. */
  bucket: string;
  requests: number;
  windowMs: number;
}

/** The message is a key the web layer translates; Retry-After comes with it. */
export const TOO_MANY = 'tooMany';

/** Counts one request; throws TooManyRequestsError once the client is over the limit. */
export async function countRequest(db: Db, limit: Limit, clientKey: string, now: Date): Promise<void> {
  const key = `${limit.bucket}:${clientKey}`;
  const throttle = await findThrottle(db, key);
  const windowStart = throttle ? Date.parse(throttle.window_start) : NaN;
  const inWindow = Number.isFinite(windowStart) && now.getTime() - windowStart < limit.windowMs;
  if (inWindow && throttle!.failures >= limit.requests) {
    throw new TooManyRequestsError(TOO_MANY, Math.ceil((windowStart + limit.windowMs - now.getTime()) / 1000));
  }
  await saveThrottle(db, {
    key,
    failures: inWindow ? throttle!.failures + 1 : 1,
    window_start: inWindow ? throttle!.window_start : now.toISOString(),
    blocked_until: null,
  });
}
