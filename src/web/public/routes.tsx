// The public route table: each handler parses input, calls one service, renders.
import { Hono } from 'hono';
import type { Db } from '../../store/database.ts';
import type { Renderer } from '../render.tsx';
import type { AppEnv } from '../session.ts';
import { loadChapterPage } from '../../services/public/chapter-page.ts';
import { loadOverview } from '../../services/public/overview.ts';
import { loadPledgeList } from '../../services/public/pledge-list.ts';
import { loadPledgePage } from '../../services/public/pledge-page.ts';
import { ChapterPage } from './chapter-page.tsx';
import { EmptyPage } from './message-pages.tsx';
import { OverviewPage } from './overview-page.tsx';
import { PledgeListPage } from './pledge-list-page.tsx';
import { PledgePage } from './pledge-page.tsx';

export function publicRoutes(db: Db, render: Renderer, clock: () => Date): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const overview = await loadOverview(db, c.req.query('vertrag'), clock());
    return render(c, overview ? <OverviewPage overview={overview} /> : <EmptyPage />);
  });

  routes.get('/kapitel/:slug', async (c) => {
    const page = await loadChapterPage(db, c.req.param('slug'), c.get('user'));
    return render(c, <ChapterPage page={page} />);
  });

  routes.get('/vorhaben', async (c) => {
    const list = await loadPledgeList(db, c.req.query('vertrag'));
    return render(c, <PledgeListPage total={list.total} chapters={list.chapters} />);
  });

  routes.get('/vorhaben/:slug', async (c) => {
    const page = await loadPledgePage(db, c.req.param('slug'));
    return render(c, <PledgePage page={page} />);
  });

  return routes;
}
