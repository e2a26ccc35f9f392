// Public routes: search at /suche.
import { Hono } from 'hono';
import { searchSite } from '../../../services/public/search.ts';
import type { PublicDeps } from '../deps.ts';
import type { AppEnv } from '../../session.ts';
import { searchInputOf } from './query.ts';
import { SearchPage } from './search-page.tsx';

export function searchRoutes({ db, render }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/suche', async (c) => {
    const page = await searchSite(db, searchInputOf(c.req.queries()));
    return render(c, <SearchPage page={page} />);
  });
  return routes;
}
