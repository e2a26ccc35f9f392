// Password checks under a limit. Each attempt is counted before its argon2 check, in one statement,
// so however many arrive at once on however many instances, no more than the limit are checked in a
// window; an attempt that passes is given back, so only failures use up the allowance.
import { TooManyRequestsError, problem } from '../domain/errors.ts';
import type { Db } from '../store/database.ts';
import { countAttempt, uncountAttempt } from '../store/throttles.ts';

export interface AttemptLimit {
  attempts: number;
  windowMinutes: number;
}

/** Five failed password checks per quarter of an hour: at sign-in and in the password form. */
export const PASSWORD_LIMIT: AttemptLimit = { attempts: 5, windowMinutes: 15 };

/**
 * Runs `check` unless the counter `key` has used up its attempts in the current window, which
 * raises TooManyRequestsError until the window ends; `newBrowser`: the message adds that a browser
 * known to the account is let in at once.
 */
export async function limitedCheck(
  db: Db,
  key: string,
  limit: AttemptLimit,
  now: Date,
  check: () => Promise<boolean>,
  newBrowser = false,
): Promise<boolean> {
  const windowMs = limit.windowMinutes * 60_000;
  const counter = await countAttempt(db, key, { now: now.toISOString(), windowStart: new Date(now.getTime() - windowMs).toISOString() });
  if (counter.failures > limit.attempts) {
    const seconds = Math.max(1, Math.ceil((Date.parse(counter.window_start) + windowMs - now.getTime()) / 1000));
    throw new TooManyRequestsError(problem('tooManyAttempts', { minutes: Math.ceil(seconds / 60), newBrowser }), seconds);
  }
  const passed = await check();
  if (passed) await uncountAttempt(db, key, counter.window_start);
  return passed;
}
