// The public route table: each handler parses input, calls one service, renders. Areas with
// several routes (search, the list, feeds, e-mail follow, topics and ministries) have their own route modules.
import { Hono } from 'hono';
import { loadChapterPage } from '../../services/public/chapter-page.ts';
import { loadOverview } from '../../services/public/overview.ts';
import { loadPledgePage } from '../../services/public/pledge-page.ts';
import { loadPledgeCard, loadSiteCard } from '../../services/public/share-card.ts';
import { de, STATUS_LABELS } from '../i18n/de.ts';
import type { AppEnv } from '../session.ts';
import { ChapterPage } from './chapter-page.tsx';
import type { PublicDeps } from './deps.ts';
import { downloadRoutes } from './downloads/routes.tsx';
import { feedRoutes } from './feeds/routes.tsx';
import { followRoutes } from './follow/routes.tsx';
import { suggestRoutes } from './suggest/routes.tsx';
import { EmptyPage } from './message-pages.tsx';
import { OverviewPage } from './overview-page.tsx';
import { pledgeListRoutes } from './pledge-list/routes.tsx';
import { PledgePage } from './pledge-page.tsx';
import { searchRoutes } from './search/routes.tsx';
import { statisticsRoutes } from './statistics/routes.tsx';
import { termRoutes } from './terms/routes.tsx';
import { sharePngResponse, STATUS_COLOURS } from './share-image.ts';

export function publicRoutes(deps: PublicDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const overview = await loadOverview(db, c.req.query('vertrag'), clock());
    return render(c, overview ? <OverviewPage overview={overview} /> : <EmptyPage />);
  });

  routes.get('/kapitel/:slug', async (c) => {
    const page = await loadChapterPage(db, c.req.param('slug'), c.get('user'));
    return render(c, <ChapterPage page={page} />);
  });

  routes.route('/', pledgeListRoutes(deps));
  routes.route('/', searchRoutes(deps));
  routes.route('/', feedRoutes(deps));
  routes.route('/', followRoutes(deps));
  routes.route('/', suggestRoutes(deps));
  routes.route('/', downloadRoutes(deps));
  routes.route('/', statisticsRoutes(deps));
  routes.route('/', termRoutes(deps));

  routes.get('/bild.png', async (c) => {
    const site = await loadSiteCard(db);
    return sharePngResponse(c, { siteName: de.siteName, kicker: site.government, title: site.title, footer: 'Verfolgt die Vorhaben des Koalitionsvertrags' });
  });

  routes.get('/vorhaben/:slug/bild.png', async (c) => {
    const card = await loadPledgeCard(db, c.req.param('slug'));
    const badge = { label: STATUS_LABELS[card.status], colour: STATUS_COLOURS[card.status] };
    return sharePngResponse(c, { siteName: de.siteName, kicker: 'Vorhaben', title: card.title, badge, footer: card.chapter });
  });

  routes.get('/vorhaben/:slug', async (c) => {
    const page = await loadPledgePage(db, c.req.param('slug'));
    return render(c, <PledgePage page={page} />);
  });

  return routes;
}
