// Public routes: the pages of topics (/thema/:slug) and lead ministries (/ministerium/:slug), and
// their indexes (/themen, /ministerien), also under /vertrag/SLUG; the agreement is chosen as on /vorhaben.
import { Hono } from 'hono';
import { paths } from '../../../services/public/paths.ts';
import { loadTermIndex, loadTermPage, type TermKind } from '../../../services/public/term-pages.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { requestedAgreement } from '../requested-agreement.ts';
import { EmptyPage } from '../message-pages.tsx';
import { TermIndexPage } from './term-index-page.tsx';
import { TermPage } from './term-page.tsx';

const ROUTES: { kind: TermKind; page: string; index: string }[] = [
  { kind: 'topic', page: '/thema/:slug', index: paths.topics() },
  { kind: 'ministry', page: '/ministerium/:slug', index: paths.ministries() },
];

export function termRoutes({ db, render, clock }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  for (const { kind, page, index } of ROUTES) {
    routes.get(page, async (c) => {
      const data = await loadTermPage(db, kind, c.req.param('slug') ?? '', requestedAgreement(c), clock());
      return render(c, data ? <TermPage page={data} /> : <EmptyPage />);
    });
    routes.get(index, async (c) => {
      const data = await loadTermIndex(db, kind, requestedAgreement(c));
      return render(c, data ? <TermIndexPage index={data} /> : <EmptyPage />);
    });
  }

  return routes;
}
