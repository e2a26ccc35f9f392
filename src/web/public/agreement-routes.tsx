// The pages that show one agreement — overview, list, statistics, topics and ministries — mounted twice:
// at the root, where `?vertrag=SLUG` names the agreement (else the site shows its default one), and
// under /vertrag/SLUG, a plain path that a static host serves as well.
import { Hono } from 'hono';
import { loadOverview } from '../../services/public/overview.ts';
import type { AppEnv } from '../session.ts';
import type { PublicDeps } from './deps.ts';
import { EmptyPage } from './message-pages.tsx';
import { requestedAgreement } from './requested-agreement.ts';
import { OverviewPage } from './overview-page.tsx';
import { pledgeListRoutes } from './pledge-list/routes.tsx';
import { statisticsRoutes } from './statistics/routes.tsx';
import { termRoutes } from './terms/routes.tsx';

/** Where an agreement's pages sit by their own address; `paths.ts` builds the links. */
export const AGREEMENT_BASE = '/vertrag/:agreement';

export function agreementRoutes(deps: PublicDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const overview = await loadOverview(db, requestedAgreement(c), clock());
    return render(c, overview ? <OverviewPage overview={overview} /> : <EmptyPage />);
  });
  routes.route('/', pledgeListRoutes(deps));
  routes.route('/', statisticsRoutes(deps));
  routes.route('/', termRoutes(deps));

  return routes;
}
