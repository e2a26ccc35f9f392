// Public routes: the list of pledges with filters (/vorhaben, /vertrag/SLUG/vorhaben).
import { Hono } from 'hono';
import { loadPledgeList } from '../../../services/public/pledge-list.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { requestedAgreement } from '../requested-agreement.ts';
import { EmptyPage } from '../message-pages.tsx';
import { PledgeListPage } from '../pledge-list-page.tsx';
import { parseListQuery } from './query.ts';

export function pledgeListRoutes({ db, render, clock }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/vorhaben', async (c) => {
    const { query, invalid } = parseListQuery(c.req.queries());
    const list = await loadPledgeList(db, { ...query, agreement: requestedAgreement(c) }, clock());
    return render(c, list ? <PledgeListPage list={list} invalid={invalid} /> : <EmptyPage />);
  });

  return routes;
}
