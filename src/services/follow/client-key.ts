// A per-client key for rate limits that stores no address: an HMAC of the address and the day under
// a secret that lives only in this process's memory and is replaced every day. A copy of the
// database thus cannot be turned back into addresses (the secret is not in it), and yesterday's
// keys cannot be linked to today's. With several instances each has its own secret, so a client
// meets the limit per instance — loose, but enough against form spam.
import { createHmac, randomBytes } from 'node:crypto';

let current: { day: string; secret: Buffer } | undefined;

function secretFor(day: string): Buffer {
  if (current?.day !== day) current = { day, secret: randomBytes(32) };
  return current.secret;
}

export function clientKey(address: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return createHmac('sha256', secretFor(day)).update(`${day}|${address}`).digest('base64url').slice(0, 32);
}
