// The key the public forms' rate limit counts a client by, storing no address: an HMAC of the day
// and the address under SESSION_SECRET. Every instance given the same secret computes the same key,
// so they share one count, and a restart keeps it. The day in the input changes every key at
// midnight (UTC), so a database copy links no visitor across days, and without the secret, which
// is not in the database, no key leads back to an address.
import { createHmac } from 'node:crypto';

export function clientKey(secret: string, address: string, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return createHmac('sha256', secret).update(`rate-limit|${day}|${address}`).digest('base64url').slice(0, 32);
}
