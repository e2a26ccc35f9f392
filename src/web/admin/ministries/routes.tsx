// Back-office routes: the lead ministries' public bodies for freedom-of-information requests (editors).
import { Hono } from 'hono';
import { ValidationError } from '../../../domain/errors.ts';
import { listMinistryAuthorities, setMinistryAuthority } from '../../../services/ministry-foi.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { authorityField, MinistriesPage } from './ministries-page.tsx';

const editors = requirePermission('content.edit');

export function ministryRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/federfuehrungen', editors, async (c) => {
    const actor = actorOf(c);
    const ministries = await listMinistryAuthorities(db, actor);
    const saved = ministries.find((ministry) => ministry.slug === c.req.query('gespeichert'));
    return render(
      c,
      <MinistriesPage
        ministries={ministries}
        csrfToken={actor.csrfToken}
        notice={saved ? adminMessages.ministries.saved(saved.name) : undefined}
      />,
    );
  });

  routes.post('/federfuehrungen/:slug', editors, async (c) => {
    const actor = actorOf(c);
    const slug = c.req.param('slug');
    const value = String((await formOf(c)).foi_authority ?? '');
    try {
      await setMinistryAuthority(db, actor, slug, value, clock());
      return c.redirect(`/admin/federfuehrungen?gespeichert=${encodeURIComponent(slug)}#ministerium-${encodeURIComponent(slug)}`, 303);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const errors = Object.fromEntries(Object.values(fieldErrors(error)).map((message) => [authorityField(slug), message]));
      const page = (
        <MinistriesPage
          ministries={await listMinistryAuthorities(db, actor)}
          csrfToken={actor.csrfToken}
          errors={errors}
          values={{ [slug]: value }}
        />
      );
      return render(c, page, 422);
    }
  });

  return routes;
}
