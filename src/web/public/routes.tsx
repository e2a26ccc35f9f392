// The public route table: each handler parses input, calls one service, renders. Areas with
// several routes (an agreement's pages, search, feeds, e-mail subscriptions …) have their own route modules.
// Every form sent here passes the CSRF guard of web/forms first; the table names its exemptions.
import { Hono } from 'hono';
import { subscriptionPaths } from '../../services/subscriptions/paths.ts';
import { loadChapterPage } from '../../services/public/chapter-page.ts';
import { loadPledgePage } from '../../services/public/pledge-page.ts';
import { renamedPublicPledge } from '../../services/public/pledge-redirect.ts';
import { loadPledgeCard, loadSiteCard } from '../../services/public/share-card.ts';
import { publicForms } from '../forms/public-forms.ts';
import { de, STATUS_LABELS } from '../i18n/de.ts';
import type { Status } from '../../domain/status.ts';
import { localeOfPath } from '../i18n/locale.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { AppEnv } from '../session.ts';
import { AGREEMENT_BASE, agreementRoutes } from './agreement-routes.tsx';
import { agreementListRoutes } from './agreements/routes.tsx';
import { ChapterPage } from './chapter-page.tsx';
import type { PublicDeps } from './deps.ts';
import { downloadRoutes } from './downloads/routes.tsx';
import { feedRoutes } from './feeds/routes.tsx';
import { methodRoutes } from './method/routes.tsx';
import { subscriptionRoutes } from './subscriptions/routes.tsx';
import { suggestRoutes } from './suggest/routes.tsx';
import { foiLinkOf } from './foi-link.ts';
import { PledgePage } from './pledge-page.tsx';
import { searchRoutes } from './search/routes.tsx';
import { sharePngResponse, STATUS_COLOURS } from './share-image.ts';

export function publicRoutes(deps: PublicDeps): Hono<AppEnv> {
  const { db, render } = deps;
  const routes = new Hono<AppEnv>();
  const forms = publicForms({
    baseUrl: deps.config.baseUrl,
    // One-click unsubscribe (RFC 8058): mail providers POST to the List-Unsubscribe address with no
    // cookie, token or origin of ours; the link's secret is the proof.
    exempt: [subscriptionPaths.unsubscribe(':secret')],
  });
  routes.use('*', forms.guard);

  // A Vorhaben's old slugs lead to its pages for good; looked up only where nothing else answered.
  for (const path of ['/vorhaben/:slug', '/vorhaben/:slug/*']) {
    routes.use(path, async (c, next) => {
      await next();
      if (c.res.status !== 404 || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return;
      const slug = c.req.param('slug')!;
      const renamed = await renamedPublicPledge(db, slug);
      if (!renamed) return;
      const url = new URL(c.req.url);
      url.pathname = url.pathname.replace(`/vorhaben/${slug}`, `/vorhaben/${renamed}`);
      c.res = new Response(null, { status: 301, headers: { location: url.pathname + url.search } });
    });
  }

  for (const base of ['/', AGREEMENT_BASE]) routes.route(base, agreementRoutes(deps));
  routes.route('/', agreementListRoutes(deps));

  routes.get('/kapitel/:slug', async (c) => {
    const locale = localeOfPath(c.req.path);
    const t = messagesFor(locale);
    const quoteLabel = { text: (status: Status) => t.chapter.quoteLabel(t.status[status]), lang: locale === 'de' ? undefined : locale };
    const page = await loadChapterPage(db, c.req.param('slug'), c.get('user'), quoteLabel);
    return render(c, <ChapterPage page={page} />);
  });

  routes.route('/', searchRoutes(deps));
  routes.route('/', feedRoutes(deps));
  routes.route('/', subscriptionRoutes(deps, forms));
  routes.route('/', suggestRoutes(deps, forms));
  routes.route('/', downloadRoutes(deps));
  routes.route('/', methodRoutes(deps));

  routes.get('/bild.png', async (c) => {
    const site = await loadSiteCard(db);
    return sharePngResponse(c, {
      siteName: de.siteName,
      kicker: site.government,
      title: site.title,
      footer: 'Verfolgt die Vorhaben des Koalitionsvertrags',
    });
  });

  routes.get('/vorhaben/:slug/bild.png', async (c) => {
    const card = await loadPledgeCard(db, c.req.param('slug'));
    const badge = { label: STATUS_LABELS[card.status], colour: STATUS_COLOURS[card.status] };
    return sharePngResponse(c, { siteName: de.siteName, kicker: 'Vorhaben', title: card.title, badge, footer: card.chapter });
  });

  routes.get('/vorhaben/:slug', async (c) => {
    const page = await loadPledgePage(db, c.req.param('slug'));
    return render(c, <PledgePage page={page} foiUrl={foiLinkOf(deps.config, page)} />);
  });

  return routes;
}
