// The address a request comes from, for the public forms' rate limit and nothing else (it is never
// stored: services/forms/client-key.ts turns it into an HMAC). Without TRUST_PROXY it is the peer of the
// connection. Behind proxies that TRUST_PROXY names, it is the nearest address in X-Forwarded-For that
// is not one of them: each proxy appends the address it was connected from, so entries to the right of
// the first untrusted one were written by our proxies, and anything to its left is what the client
// claimed, which must not count.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';
import type { Config, TrustProxy } from '../../config.ts';
import { clientKey } from '../../services/forms/client-key.ts';

/** An address as X-Forwarded-For or the socket gives it, without port, brackets or IPv4-in-IPv6 form; undefined if it is none. */
function plainAddress(given: string): string | undefined {
  let address = given.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:([\d.]+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? undefined : address;
}

function trusts(trust: TrustProxy, address: string, hop: number): boolean {
  if ('hops' in trust) return hop < trust.hops;
  return trust.proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: from the peer leftwards through X-Forwarded-For, as long as the address at hand
 * is a trusted proxy (the peer is hop 0). An entry that is no address ends the walk at the one before.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  let client = plainAddress(peer) ?? peer;
  if ('hops' in trust && trust.hops === 0) return client;
  const chain = (forwardedFor ?? '').split(',').filter((entry) => entry.trim() !== '');
  for (let hop = 0; hop < chain.length && trusts(trust, client, hop); hop += 1) {
    const next = plainAddress(chain[chain.length - 1 - hop]!);
    if (next === undefined) break;
    client = next;
  }
  return client;
}

/** The key the rate limit counts by: an HMAC of the address and the day, the address itself goes nowhere. */
export function requestClientKey(c: Context, config: Pick<Config, 'sessionSecret' | 'trustProxy'>, now: Date): string {
  let peer = 'unknown';
  try {
    peer = getConnInfo(c).remote.address ?? peer;
  } catch {
    // Not served by @hono/node-server (app.request in a test): all such requests share a key.
  }
  return clientKey(config.sessionSecret, clientAddress(peer, c.req.header('X-Forwarded-For'), config.trustProxy), now);
}
