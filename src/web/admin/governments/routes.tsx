// Back-office routes: governments (admins), archived and reopened.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { Hono } from 'hono';
import { listGovernmentsWithAgreements, setGovernmentArchived } from '../../../services/governments.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { GovernmentsPage } from './governments-page.tsx';

const governmentStrings = adminMessages.governments;

export function governmentRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/regierungen', requirePermission('governments.manage'), async (c) => {
    const actor = actorOf(c);
    const governments = await listGovernmentsWithAgreements(db, actor);
    const done = Number(c.req.query('id'));
    const changed = governments.find((government) => government.id === done);
    const outcome = c.req.query('erledigt');
    const notice = !changed
      ? undefined
      : outcome === 'archiviert'
        ? governmentStrings.didArchive(changed.name)
        : outcome === 'geoeffnet'
          ? governmentStrings.didReopen(changed.name)
          : undefined;
    return render(c, <GovernmentsPage governments={governments} csrfToken={actor.csrfToken} notice={notice} />);
  });

  for (const [path, archived] of [
    ['archivieren', true],
    ['wieder-oeffnen', false],
  ] as const) {
    routes.post(`/regierungen/:id{[0-9]{1,9}}/${path}`, requirePermission('governments.manage'), async (c) => {
      const id = Number(c.req.param('id'));
      await setGovernmentArchived(db, actorOf(c), id, archived, clock());
      return c.redirect(`/admin/regierungen?erledigt=${archived ? 'archiviert' : 'geoeffnet'}&id=${id}#regierung-${id}`, 303);
    });
  }

  return routes;
}
