// The fast path in front of the router: a GET or HEAD without a session whose page is in the page cache, of
// the content version and day now, is answered from the prepared bytes and headers (page-store.ts), with
// 304 and compressed copies, before Hono sees it: no routing, no middleware, no query. Everything else —
// signed-in visitors, forms, other methods, pages not yet rendered, URLs that the router would read
// differently from their bytes — goes to the app unchanged, whose page cache fills the same store.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import { cacheable, type CachePolicy } from './cache-policy.ts';
import { loggedPath } from './log-path.ts';
import { cacheKey, dayOf } from './page-cache.ts';
import { answerOf, type PageStore } from './page-store.ts';
import { SESSION_COOKIE } from './session.ts';

/** What the fast path needs to know of the content version (store/content-version-signal.ts). */
export interface VersionSource {
  /** The version now; undefined sends every request the normal way. */
  current(): number | undefined;
  /** Called as a request that may write starts; the function returned, when its answer is sent. */
  writing(): () => void;
}

export interface FastPathOptions {
  pages: PageStore;
  version: VersionSource;
  clock: () => Date;
  policy: (path: string) => CachePolicy;
  logger?: Logger;
}

/**
 * Paths the router reads exactly as they are written: printable ASCII, no percent sign, backslash or empty
 * segment, none starting with "." (the query: printable ASCII without "#"). A URL parser would rewrite any other, and the page's key with it.
 */
const PLAIN_URL = /^(?:\/(?!\.)[\w\-~!$&'()*+,;=:@.]+)*\/?(?:\?[\x21\x22\x24-\x7e]*)?$/;
const SESSION_COOKIE_NAME = `${SESSION_COOKIE}=`;

export function withFastPath({ pages, version, clock, policy, logger }: FastPathOptions, next: RequestListener): RequestListener {
  const logs = logger?.isLevelEnabled('info') === true;
  let day = '';
  let dayUntil = 0;
  const today = () => {
    const now = clock();
    if (now.getTime() >= dayUntil) {
      day = dayOf(now);
      dayUntil = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    }
    return day;
  };

  const answer = (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = request.url!;
    if (!PLAIN_URL.test(url)) return false;
    if (request.headers.cookie?.includes(SESSION_COOKIE_NAME)) return false;
    const current = version.current();
    if (current === undefined) return false;
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const chosen = policy(path);
    if (!cacheable(chosen, url)) return false;
    const entry = pages.current(cacheKey(path, url, chosen.params), current, today());
    if (entry === undefined) return false;
    const { status, headers, body } = answerOf(entry, request.headers['if-none-match'], request.headers['accept-encoding']);
    response.writeHead(status, headers);
    if (body === null || request.method === 'HEAD') response.end();
    else response.end(body);
    return true;
  };

  return (request, response) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD') {
      const started = logs ? performance.now() : 0;
      if (answer(request, response)) {
        if (logs)
          logger!.info(
            {
              method,
              path: loggedPath(request.url!.split('?', 1)[0]!),
              status: response.statusCode,
              ms: Math.round(performance.now() - started),
            },
            'request',
          );
        return;
      }
    } else response.once('close', version.writing());
    next(request, response);
  };
}
