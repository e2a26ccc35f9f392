// Back-office routes: the sources of evidence discovery (admins).
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { Hono } from 'hono';
import { ValidationError } from '../../../domain/errors.ts';
import { addFeed, loadSources, setFeedActive } from '../../../services/admin/evidence-sources.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { SourcesPage } from './sources-page.tsx';

const sourceStrings = adminMessages.sources;

const admins = requirePermission('sources.manage');
type Done = keyof typeof sourceStrings.done;
const isDone = (value: string | undefined): value is Done => value !== undefined && Object.hasOwn(sourceStrings.done, value);

export function sourceRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock, discovery } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/quellen', admins, async (c) => {
    const actor = actorOf(c);
    const done = c.req.query('erledigt');
    return render(
      c,
      <SourcesPage
        sources={await loadSources(db, actor)}
        csrfToken={actor.csrfToken}
        discovery={discovery}
        notice={isDone(done) ? sourceStrings.done[done] : undefined}
      />,
    );
  });

  routes.post('/quellen', admins, async (c) => {
    const actor = actorOf(c);
    const form = await formOf(c);
    try {
      const id = await addFeed(db, actor, form, clock());
      return c.redirect(`/admin/quellen?erledigt=hinzugefuegt#quelle-${id}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const values = { url: String(form.url ?? ''), title: String(form.title ?? '') };
      return render(
        c,
        <SourcesPage
          sources={await loadSources(db, actor)}
          csrfToken={actor.csrfToken}
          discovery={discovery}
          errors={fieldErrors(error)}
          values={values}
        />,
        422,
      );
    }
  });

  for (const [path, active] of [
    ['abschalten', false],
    ['einschalten', true],
  ] as const) {
    routes.post(`/quellen/:id{[0-9]{1,9}}/${path}`, admins, async (c) => {
      const id = Number(c.req.param('id'));
      await setFeedActive(db, actorOf(c), id, active, clock());
      return c.redirect(`/admin/quellen?erledigt=${active ? 'eingeschaltet' : 'abgeschaltet'}#quelle-${id}`, 303);
    });
  }

  return routes;
}
