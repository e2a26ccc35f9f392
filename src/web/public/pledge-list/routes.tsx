// Public routes: the list of pledges with filters (/vorhaben) and charts.
import { Hono } from 'hono';
import { loadPledgeList } from '../../../services/public/pledge-list.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { PledgeListPage } from '../pledge-list-page.tsx';

export function pledgeListRoutes({ db, render }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/vorhaben', async (c) => {
    const list = await loadPledgeList(db, c.req.query('vertrag'));
    return render(c, <PledgeListPage total={list.total} chapters={list.chapters} />);
  });

  return routes;
}
