// Public responses cached in memory and answered with ETag/304. The cache holds no truth: every
// request reads the content version from the database (raised by triggers on every change), so an
// entry is used only while nothing has changed, on whichever instance the change was made. Entries are
// keyed on the path and the query parameters the page reads (cache-policy.ts), and the page is rendered
// from that key alone, so query strings cannot fill the cache with copies; the cache is bounded in bytes.
// A body larger than an entry may hold streams on to the client as it comes, uncached.
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../store/database.ts';
import { currentContentVersion } from '../services/public/content-version.ts';
import { cacheable, canonicalQuery, type CachePolicy, type QueryParam } from './cache-policy.ts';
import { answerOf, compressible, PageStore, preparedHeaders, type PageEntry } from './page-store.ts';
import { markSecured } from './security-headers.ts';
import type { AppEnv } from './session.ts';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const CACHEABLE_STATUS = new Set([200, 404]);

export interface PageCacheOptions {
  clock: () => Date;
  /** The headers the security middleware would add, stored with each entry (see security-headers.ts). */
  securityHeaders: readonly (readonly [string, string])[];
  /** Which paths pass by, and which query parameters each page reads. */
  policy: (path: string) => CachePolicy;
  /** What all entries together may hold; the least recently used go first. */
  maxBytes?: number;
  /** Where the entries are kept: given when the fast path (fast-path.ts) answers from them too. */
  pages?: PageStore;
}

export function pageCache(
  db: Db,
  { clock, securityHeaders, policy, maxBytes, pages = new PageStore(maxBytes) }: PageCacheOptions,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.get('user') !== undefined) return next();
    const chosen = policy(c.req.path);
    if (!cacheable(chosen, c.req.url)) return next();
    const key = cacheKey(c.req.path, c.req.raw.url, chosen.params);
    const version = await currentContentVersion(db);
    const day = dayOf(clock());
    const cached = pages.current(key, version, day);
    if (cached) return respond(cached, c.req.header('If-None-Match'), c.req.header('Accept-Encoding'));
    c.req.raw = withQuery(c.req.raw, key.slice(c.req.path.length));
    let uncached: Response | undefined;
    const { entry, waited } = await pages.renderOnce(key, version, day, async () => {
      await next();
      const kept = await entryOf(c.res, version, day, securityHeaders);
      if (kept instanceof Response) uncached = kept;
      return kept instanceof Response ? undefined : kept;
    });
    if (uncached) replaceResponse(c, uncached);
    else if (entry) replaceResponse(c, respond(entry, c.req.header('If-None-Match'), c.req.header('Accept-Encoding')));
    else if (waited) await next(); // the rendering it waited for was not one to keep
  };
}

/**
 * Puts `response` in place of the rendered one as it is: Hono's setter would copy the rendered one's headers
 * onto it (an ETag of the route's own, for one), and the answer would differ from the cached ones.
 */
function replaceResponse(c: Context<AppEnv>, response: Response): void {
  c.res = undefined;
  c.res = response;
}

/** The day of the app clock, as entries are kept by it. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The key of a page: its path and the query parameters it reads, in a canonical order. */
export function cacheKey(path: string, url: string, params: readonly QueryParam[]): string {
  return path + keptQuery(url, params);
}

/** The request's query as the page may read it ("" or "?…"); most requests have none. */
function keptQuery(url: string, params: readonly QueryParam[]): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : canonicalQuery(params, new URLSearchParams(url.slice(start)));
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
  version: number,
  day: string,
  securityHeaders: PageCacheOptions['securityHeaders'],
): Promise<PageEntry | Response | undefined> {
  if (!CACHEABLE_STATUS.has(response.status) || response.headers.has('Set-Cookie')) return undefined;
  if (/\bno-store\b/.test(response.headers.get('Cache-Control') ?? '')) return undefined;
  if (Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) return undefined;
  const body = await readAtMost(response, MAX_BODY_BYTES);
  if (body instanceof Response) return body;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  for (const [name, value] of securityHeaders) headers[name.toLowerCase()] = value;
  if (compressible({ status: response.status, headers, body }))
    headers['vary'] = headers['vary'] ? `${headers['vary']}, Accept-Encoding` : 'Accept-Encoding';
  headers['etag'] = etag;
  const prepared = preparedHeaders(headers, body.byteLength);
  let bytes = body.byteLength;
  for (const name in prepared) bytes += (name.length + prepared[name]!.length) * 2;
  return { version, day, status: response.status, headers: prepared, body, etag, variants: {}, bytes };
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
function respond(entry: PageEntry, ifNoneMatch: string | undefined, acceptEncoding: string | undefined): Response {
  const { status, headers, body } = answerOf(entry, ifNoneMatch, acceptEncoding);
  return markSecured(new Response(body as Uint8Array<ArrayBuffer> | null, { status, headers }));
}
