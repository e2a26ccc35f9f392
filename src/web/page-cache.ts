// Public responses cached in memory and answered with ETag/304. The cache holds no truth: every
// request reads the content version from the database (raised by triggers on every change), so an
// entry is used only while nothing has changed, on whichever instance the change was made. Entries are
// keyed on the path and the query parameters the page reads (cache-policy.ts), and the page is rendered
// from that key alone, so query strings cannot fill the cache with copies; the cache is bounded in bytes.
// A body larger than an entry may hold streams on to the client as it comes, uncached.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../store/database.ts';
import { currentContentVersion } from '../services/public/content-version.ts';
import { canonicalQuery, type CachePolicy, type QueryParam } from './cache-policy.ts';
import { matchesEtag } from './etag.ts';
import { markSecured } from './security-headers.ts';
import type { AppEnv } from './session.ts';

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CACHEABLE_STATUS = new Set([200, 404]);

interface Entry {
  version: number;
  /** The day of the app clock: pages show the term's progress and what is overdue. */
  day: string;
  status: number;
  /** Lower-case names, the security headers and the ETag included: handed to the Node adapter as they are. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** About what the entry holds in memory: body, key and headers. */
  bytes: number;
}

export interface PageCacheOptions {
  clock: () => Date;
  /** The headers the security middleware would add, stored with each entry (see security-headers.ts). */
  securityHeaders: readonly (readonly [string, string])[];
  /** Which paths pass by, and which query parameters each page reads. */
  policy: (path: string) => CachePolicy;
  /** What all entries together may hold; the least recently used go first. */
  maxBytes?: number;
}

export function pageCache(db: Db, { clock, securityHeaders, policy, maxBytes = DEFAULT_MAX_BYTES }: PageCacheOptions): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  let total = 0;
  const remove = (key: string) => {
    total -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  };
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.get('user') !== undefined) return next();
    const chosen = policy(c.req.path);
    if (chosen.bypass) return next();
    const key = c.req.path + keptQuery(c.req.raw, chosen.params);
    const version = await currentContentVersion(db);
    const day = clock().toISOString().slice(0, 10);
    const cached = entries.get(key);
    if (cached && cached.version === version && cached.day === day) {
      entries.delete(key); // keeps the map in least-recently-used order
      entries.set(key, cached);
      return respond(cached, c.req.header('If-None-Match'));
    }
    c.req.raw = withQuery(c.req.raw, key.slice(c.req.path.length));
    await next();
    const entry = await entryOf(c.res, key, version, day, securityHeaders);
    if (entry === undefined) return;
    if (entry instanceof Response) {
      c.res = entry;
      return;
    }
    remove(key);
    if (entry.bytes <= maxBytes) {
      entries.set(key, entry);
      total += entry.bytes;
      while (total > maxBytes) remove(entries.keys().next().value!);
    }
    c.res = respond(entry, c.req.header('If-None-Match'));
  };
}

/** The request's query as the page may read it ("" or "?…"); most requests have none. */
function keptQuery(request: Request, params: readonly QueryParam[]): string {
  const start = request.url.indexOf('?');
  return start === -1 ? '' : canonicalQuery(params, new URLSearchParams(request.url.slice(start)));
}

/** The request with its query replaced, when that changes it. */
function withQuery(request: Request, query: string): Request {
  const start = request.url.indexOf('?');
  const given = start === -1 ? '' : request.url.slice(start);
  if (given === query) return request;
  const url = (start === -1 ? request.url : request.url.slice(0, start)) + query;
  return new Request(url, { method: request.method, headers: request.headers });
}

/**
 * A copy of a response worth keeping: no cookies set, a status meant for everyone, not too large. Undefined
 * leaves the response as it is; a body found too large while reading comes back as a response that sends
 * what was read and then the rest.
 */
async function entryOf(
  response: Response,
  key: string,
  version: number,
  day: string,
  securityHeaders: PageCacheOptions['securityHeaders'],
): Promise<Entry | Response | undefined> {
  if (!CACHEABLE_STATUS.has(response.status) || response.headers.has('Set-Cookie')) return undefined;
  if (/\bno-store\b/.test(response.headers.get('Cache-Control') ?? '')) return undefined;
  if (Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) return undefined;
  const body = await readAtMost(response, MAX_BODY_BYTES);
  if (body instanceof Response) return body;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  for (const [name, value] of securityHeaders) headers[name.toLowerCase()] = value;
  headers['etag'] = etag;
  let bytes = body.byteLength + key.length * 2;
  for (const name in headers) bytes += (name.length + headers[name]!.length) * 2;
  return { version, day, status: response.status, headers, body, etag, bytes };
}

/** The whole body if it has at most `limit` bytes, else a response like this one that streams the body on. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer> | Response> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    chunks.push(next.value);
    size += next.value.byteLength;
    if (size > limit) return new Response(streamOn(chunks, reader!), response);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The chunks already read, then the rest of the reader's stream. */
function streamOn(read: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const chunk = read.shift();
      if (chunk) return controller.enqueue(chunk);
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/**
 * A plain header record and a byte body keep the Node adapter on its fast path; the response is marked so
 * that the security middleware does not set the headers it already has.
 */
function respond(entry: Entry, ifNoneMatch: string | undefined): Response {
  const notModified = entry.status === 200 && matchesEtag(ifNoneMatch, entry.etag);
  if (notModified) return markSecured(new Response(null, { status: 304, headers: entry.headers }));
  return markSecured(new Response(entry.body, { status: entry.status, headers: entry.headers }));
}
