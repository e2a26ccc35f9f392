// Public responses cached in memory and answered with ETag/304. The cache holds no truth: every
// request reads the content version from the database (raised by triggers on every change), so an
// entry is used only while nothing has changed, on whichever instance the change was made. A body
// larger than an entry may hold streams on to the client as it comes, uncached.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../store/database.ts';
import { currentContentVersion } from '../services/public/content-version.ts';
import { matchesEtag } from './etag.ts';
import { markSecured } from './security-headers.ts';
import type { AppEnv } from './session.ts';

const DEFAULT_MAX_ENTRIES = 2000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CACHEABLE_STATUS = new Set([200, 404]);
/** Paths with their own caching or none at all: the downloads of /daten are streamed as they are generated. */
const UNCACHED_PREFIXES = ['/admin', '/assets/', '/daten/', '/en/daten/'];

interface Entry {
  version: number;
  /** The day of the app clock: pages show the term's progress and what is overdue. */
  day: string;
  status: number;
  /** Lower-case names, the security headers and the ETag included: handed to the Node adapter as they are. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface PageCacheOptions {
  clock: () => Date;
  /** The headers the security middleware would add, stored with each entry (see security-headers.ts). */
  securityHeaders: readonly (readonly [string, string])[];
  maxEntries?: number;
}

export function pageCache(db: Db, { clock, securityHeaders, maxEntries = DEFAULT_MAX_ENTRIES }: PageCacheOptions): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  return async (c, next) => {
    if (!isCacheable(c.req.method, c.req.path, c.get('user') !== undefined)) return next();
    const key = c.req.url;
    const version = await currentContentVersion(db);
    const day = clock().toISOString().slice(0, 10);
    const cached = entries.get(key);
    if (cached && cached.version === version && cached.day === day) {
      entries.delete(key); // keeps the map in least-recently-used order
      entries.set(key, cached);
      return respond(cached, c.req.header('If-None-Match'));
    }
    await next();
    const entry = await entryOf(c.res, version, day, securityHeaders);
    if (entry === undefined) return;
    if (entry instanceof Response) {
      c.res = entry;
      return;
    }
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    c.res = respond(entry, c.req.header('If-None-Match'));
  };
}

function isCacheable(method: string, path: string, signedIn: boolean): boolean {
  return (method === 'GET' || method === 'HEAD') && !signedIn && !UNCACHED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * A copy of a response worth keeping: no cookies set, a status meant for everyone, not too large. Undefined
 * leaves the response as it is; a body found too large while reading comes back as a response that sends
 * what was read and then the rest.
 */
async function entryOf(
  response: Response,
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
  return { version, day, status: response.status, headers, body, etag };
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
