// Public routes: search at /suche.
import { Hono } from 'hono';
import { searchSite } from '../../../services/public/search.ts';
import type { PublicDeps } from '../deps.ts';
import type { AppEnv } from '../../session.ts';
import { SearchPage } from './search-page.tsx';

export function searchRoutes({ db, render }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/suche', async (c) => {
    const page = await searchSite(db, { q: c.req.query('q'), typ: c.req.query('typ'), seite: c.req.query('seite') });
    return render(c, <SearchPage page={page} />);
  });
  return routes;
}
