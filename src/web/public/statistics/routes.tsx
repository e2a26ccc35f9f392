// Public routes: the statistics of an agreement (/statistik, /vertrag/SLUG/statistik).
import { Hono } from 'hono';
import { loadStatistics } from '../../../services/public/statistics.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { requestedAgreement } from '../requested-agreement.ts';
import { EmptyPage } from '../message-pages.tsx';
import { StatisticsPage } from './statistics-page.tsx';

export function statisticsRoutes({ db, render, clock }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/statistik', async (c) => {
    const statistics = await loadStatistics(db, requestedAgreement(c), clock());
    return render(c, statistics ? <StatisticsPage statistics={statistics} /> : <EmptyPage />);
  });

  return routes;
}
