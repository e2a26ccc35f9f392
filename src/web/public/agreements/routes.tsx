// Public routes: every government and its agreements (/vertraege).
import { Hono } from 'hono';
import { listPublicGovernments } from '../../../services/governments.ts';
import { paths } from '../../../services/public/paths.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { AgreementsPage } from './agreements-page.tsx';

export function agreementListRoutes({ db, render }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get(paths.agreements(), async (c) => render(c, <AgreementsPage governments={await listPublicGovernments(db)} />));

  return routes;
}
