// Public routes of e-mail subscriptions: /abo (request), /abo/gesendet, and the confirmation and
// unsubscribe links of our mails. Unsubscribing also answers RFC 8058 one-click POSTs, which
// carry no CSRF token: the public route table exempts them, the link secret is the proof.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { ArchivedError, TooManyRequestsError, ValidationError } from '../../../domain/errors.ts';
import { confirmSubscription, endSubscription, scopesOfLink } from '../../../services/subscriptions/links.ts';
import { FOLLOW_PARAMS, subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { loadSubscribeChoices } from '../../../services/subscriptions/scopes.ts';
import { subscribe } from '../../../services/subscriptions/subscribe.ts';
import { localeOfPath, localisedPath } from '../../i18n/locale.ts';
import { messagesFor } from '../../i18n/messages.ts';
import { requestClientKey } from '../../forms/client-address.ts';
import { anonymousFormToken } from '../../forms/csrf.ts';
import type { PublicForms } from '../../forms/public-forms.ts';
import { privatePage, tooManyNotice, translateErrors } from '../../forms/replies.ts';
import { formFields } from '../../forms/request-limits.ts';
import type { AppEnv } from '../../session.ts';
import type { FieldErrors } from '../../views/forms.tsx';
import type { PublicDeps } from '../deps.ts';
import { InvalidLinkPage, LinkActionPage, LinkDonePage, RequestedPage } from './link-pages.tsx';
import { subscriptionMessages } from './messages.ts';
import { SubscribePage, type SubscribeForm } from './subscribe-page.tsx';

/** The form as sent, for showing it again. */
function subscribeForm(fields: Record<string, string>): SubscribeForm {
  return { email: fields.email ?? '', scope: fields.scope ?? 'all', frequency: fields.frequency ?? 'immediate' };
}

export function subscriptionRoutes(deps: PublicDeps, forms: PublicForms): Hono<AppEnv> {
  const { db, render, clock, cookies, config } = deps;
  const routes = new Hono<AppEnv>();

  async function formPage(c: Context<AppEnv>, form: SubscribeForm, status = 200, errors?: FieldErrors, notice?: string) {
    const { choices, pledge } = await loadSubscribeChoices(db, form.scope);
    const page = (
      <SubscribePage
        choices={choices}
        pledge={pledge}
        form={form}
        csrfToken={anonymousFormToken(c, cookies)}
        errors={errors}
        notice={notice}
      />
    );
    return privatePage(await render(c, page, status));
  }

  routes.get(subscriptionPaths.subscribe(), (c) => {
    // `/abo?vorhaben=SLUG` (or kapitel, thema, ministerium): the form with that scope chosen, as the pages' follow links open it.
    const [kind, slug] =
      Object.entries(FOLLOW_PARAMS)
        .map(([kind, param]) => [kind, c.req.query(param)] as const)
        .find(([, value]) => value) ?? [];
    return formPage(c, { email: '', scope: kind && slug ? `${kind}:${slug}` : 'all', frequency: 'immediate' });
  });

  forms.showAgain(subscriptionPaths.subscribe(), (c, { fields, notice }) => formPage(c, subscribeForm(fields), 403, undefined, notice));
  routes.post(subscriptionPaths.subscribe(), async (c) => {
    const fields = await formFields(c);
    const form = subscribeForm(fields);
    const locale = localeOfPath(c.req.path);
    try {
      await subscribe(db, fields, { locale, baseUrl: config.baseUrl, clientKey: requestClientKey(c, config, clock()), now: clock() });
    } catch (error) {
      if (error instanceof ValidationError) return formPage(c, form, 422, translateErrors(error, subscriptionMessages[locale].errors));
      if (error instanceof ArchivedError) return formPage(c, form, 409, undefined, messagesFor(locale).overview.archived);
      if (error instanceof TooManyRequestsError) return formPage(c, form, 429, undefined, tooManyNotice(c, error));
      throw error;
    }
    return c.redirect(localisedPath(locale, subscriptionPaths.requested()), 303);
  });

  routes.get(subscriptionPaths.requested(), async (c) => privatePage(await render(c, <RequestedPage />)));

  for (const action of ['confirm', 'unsubscribe'] as const) {
    const path = action === 'confirm' ? subscriptionPaths.confirm(':secret') : subscriptionPaths.unsubscribe(':secret');
    const secretOf = (c: Context<AppEnv>) => c.req.param('secret') ?? '';
    routes.get(path, async (c) => {
      const scopes = await scopesOfLink(db, secretOf(c), action, clock());
      // Unsubscribing needs no token (see above); confirming is a form like any other.
      const csrfToken = action === 'confirm' && scopes.length > 0 ? anonymousFormToken(c, cookies) : undefined;
      const page =
        scopes.length === 0 ? (
          <InvalidLinkPage />
        ) : (
          <LinkActionPage action={action} secret={secretOf(c)} scopes={scopes} csrfToken={csrfToken} />
        );
      return privatePage(await render(c, page, scopes.length === 0 ? 404 : 200));
    });
    routes.post(path, async (c) => {
      const act = action === 'confirm' ? confirmSubscription : endSubscription;
      const scopes = await act(db, secretOf(c), clock());
      const page = scopes.length === 0 ? <InvalidLinkPage /> : <LinkDonePage action={action} scopes={scopes} />;
      return privatePage(await render(c, page, scopes.length === 0 ? 404 : 200));
    });
  }

  return routes;
}
