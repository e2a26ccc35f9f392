// Link secrets for confirming and ending subscriptions: random, and only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

export interface LinkSecret {
  secret: string;
  hash: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newLinkSecret(): LinkSecret {
  const secret = randomBytes(24).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

/** Anything else in the URL is not one of ours and costs no query. */
export function looksLikeSecret(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value);
}
