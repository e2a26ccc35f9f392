// Public routes: Atom (.xml), RSS (.rss) and JSON Feed (.json) of published developments —
// overall and per pledge, chapter, topic and lead ministry.
import { Hono, type Context } from 'hono';
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from '../../../formats/feeds.ts';
import { loadFeed, type FeedRequest } from '../../../services/public/feeds.ts';
import type { AppEnv } from '../../session.ts';
import { describeFeed } from './describe-feed.ts';
import type { PublicDeps } from '../deps.ts';

const FORMATS: Record<string, FeedFormat> = { xml: 'atom', rss: 'rss', json: 'json' };
const FILE = ':file{feed\\.(?:xml|rss|json)}';

export function feedRoutes({ db, config }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  const serveFeed = async (c: Context<AppEnv>, request: FeedRequest) => {
    const format = FORMATS[c.req.param('file')!.split('.')[1]!]!;
    const body = renderFeed(describeFeed(await loadFeed(db, request), config.baseUrl), format);
    return c.body(body, 200, { 'Content-Type': FEED_CONTENT_TYPES[format], 'Cache-Control': 'public, max-age=300' });
  };

  routes.get(`/${FILE}`, (c) => serveFeed(c, { kind: 'all' }));
  routes.get(`/vorhaben/:slug/${FILE}`, (c) => serveFeed(c, { kind: 'pledge', slug: c.req.param('slug') }));
  routes.get(`/kapitel/:slug/${FILE}`, (c) => serveFeed(c, { kind: 'chapter', slug: c.req.param('slug') }));
  routes.get(`/thema/:slug/${FILE}`, (c) => serveFeed(c, { kind: 'topic', slug: c.req.param('slug') }));
  routes.get(`/ministerium/:slug/${FILE}`, (c) => serveFeed(c, { kind: 'ministry', slug: c.req.param('slug') }));

  return routes;
}
