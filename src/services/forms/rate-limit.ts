// The public forms' rate limit: requests of one client to one form in a fixed window (table `throttles`).
import { TooManyRequestsError } from '../../domain/errors.ts';
import type { Db } from '../../store/database.ts';
import { countAttempt } from '../../store/throttles.ts';

export interface Limit {
  /** Name of the form, part of the key. */
  bucket: string;
  requests: number;
  windowMs: number;
}

/**
 * Counts one request, in one statement, so parallel requests cannot all pass on the same count;
 * throws TooManyRequestsError, with the seconds until the window ends, once the client is over the
 * limit. `clientKey` is no address (client-key.ts).
 */
export async function countRequest(db: Db, limit: Limit, clientKey: string, now: Date): Promise<void> {
  const counter = await countAttempt(db, `${limit.bucket}:${clientKey}`, {
    now: now.toISOString(),
    windowStart: new Date(now.getTime() - limit.windowMs).toISOString(),
  });
  if (counter.failures > limit.requests) {
    throw new TooManyRequestsError('tooMany', Math.ceil((Date.parse(counter.window_start) + limit.windowMs - now.getTime()) / 1000));
  }
}
