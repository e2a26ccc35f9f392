// The JSON API under /api/v1: read-only, open to every origin (CORS), ETags, cursor pages with a
// `next` link, JSON errors. Each handler parses its parameters, calls one service, answers.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { encodeCursor } from '../../services/api/cursor.ts';
import type { ApiContext } from '../../services/api/resources.ts';
import type { Db } from '../../store/database.ts';
import { ENDPOINTS, type ItemEndpoint, type ListEndpoint } from './endpoints.ts';
import { errorResponse, handleApiError, parameterErrorOf, ParameterError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { takesSeveral } from './parameters.ts';

export const API_PREFIX = '/api/v1';

export interface ApiDeps {
  db: Db;
  clock: () => Date;
  config: Config;
  logger?: Logger;
  /** The page cache (page-cache.ts): answers are kept like public pages, keyed on the parameters each endpoint reads. */
  cache?: MiddlewareHandler;
}

const CORS_HEADERS = ['access-control-allow-origin', 'access-control-expose-headers'];

export function apiRoutes({ db, clock, config, logger, cache }: ApiDeps): Hono {
  const routes = new Hono();
  if (cache) routes.use(cache);
  const contextOf = (): ApiContext => ({ db, baseUrl: config.baseUrl, today: clock().toISOString().slice(0, 10) });

  routes.use(cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link'], maxAge: 86400 }));
  routes.use(etag({ retainedHeaders: [...RETAINED_304_HEADERS, ...CORS_HEADERS] }));
  routes.use(async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=60');
  });

  const document = openApiDocument(`${config.baseUrl}${API_PREFIX}`);
  routes.get('/openapi.json', (c) => c.json(document));
  const index = apiIndex(`${config.baseUrl}${API_PREFIX}`);
  routes.get('/', (c) => c.json(index));

  for (const endpoint of ENDPOINTS) {
    const honoPath = endpoint.path.replace(/\{(\w+)\}/g, ':$1');
    if (endpoint.kind === 'list') routes.get(honoPath, (c) => answerList(c, endpoint, contextOf(), config.baseUrl));
    else routes.get(honoPath, (c) => answerItem(c, endpoint, contextOf()));
  }

  routes.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? errorResponse(c, 404, 'not_found', 'no such endpoint; see /api/v1/openapi.json')
      : errorResponse(c, 405, 'method_not_allowed', 'the API is read-only: GET only'),
  );
  routes.onError((error, c) => handleApiError(error, c, logger));
  return routes;
}

/** What `/api/v1` answers: where the description is, and each list with what it holds. */
export function apiIndex(apiUrl: string) {
  return {
    openapi: `${apiUrl}/openapi.json`,
    resources: ENDPOINTS.filter((endpoint) => endpoint.kind === 'list').map((endpoint) => ({
      url: `${apiUrl}${endpoint.path}`,
      summary: endpoint.summary,
    })),
  };
}

async function answerList(c: Context, endpoint: ListEndpoint, context: ApiContext, baseUrl: string): Promise<Response> {
  const query = readQuery(c, endpoint);
  const page = await endpoint.load(context, query, { afterId: (query.cursor as number | undefined) ?? 0, limit: query.limit as number });
  const next = page.nextAfterId === null ? null : nextPageUrl(c, baseUrl, page.nextAfterId);
  if (next) c.header('Link', `<${next}>; rel="next"`);
  return c.json({ data: page.data, next });
}

async function answerItem(c: Context, endpoint: ItemEndpoint, context: ApiContext): Promise<Response> {
  const parsed = endpoint.params.safeParse(c.req.param());
  if (!parsed.success) throw parameterErrorOf(parsed.error);
  return c.json(await endpoint.load(context, parsed.data));
}

/**
 * The query as the schema expects it: one value per parameter, a list where several are allowed
 * (repeated or comma-separated). Empty values count as absent, as an HTML form sends them.
 */
function readQuery(c: Context, endpoint: ListEndpoint): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, given] of Object.entries(c.req.queries())) {
    const field = endpoint.query.shape[name];
    const values = given.flatMap((value) => (field && takesSeveral(field) ? value.split(',') : [value])).filter((value) => value !== '');
    if (values.length === 0) continue;
    if (field && takesSeveral(field)) input[name] = values;
    else if (values.length > 1) throw new ParameterError(name, 'given more than once');
    else input[name] = values[0];
  }
  const parsed = endpoint.query.safeParse(input);
  if (!parsed.success) throw parameterErrorOf(parsed.error);
  return parsed.data;
}

/** This request's URL at the public address, with the cursor of the next page. */
function nextPageUrl(c: Context, baseUrl: string, afterId: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', encodeCursor(afterId));
  return `${baseUrl}${url.pathname}${url.search}`;
}
