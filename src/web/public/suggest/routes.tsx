// Public routes of suggestions: the form page and its POST, the thanks page.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { ArchivedError, TooManyRequestsError, ValidationError } from '../../../domain/errors.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { pledgeToSuggestOn, suggestDevelopment } from '../../../services/public/suggest.ts';
import { localeOfPath, localisedPath } from '../../i18n/locale.ts';
import { requestClientKey } from '../../forms/client-address.ts';
import { anonymousFormToken } from '../../forms/csrf.ts';
import type { PublicForms } from '../../forms/public-forms.ts';
import { privatePage, tooManyNotice, translateErrors } from '../../forms/replies.ts';
import { formFields } from '../../forms/request-limits.ts';
import type { AppEnv } from '../../session.ts';
import type { FieldErrors } from '../../views/forms.tsx';
import type { PublicDeps } from '../deps.ts';
import { suggestMessages } from './messages.ts';
import { EMPTY_SUGGESTION, type SuggestFields } from './suggest-form.tsx';
import { SuggestPage, SuggestThanksPage } from './suggest-page.tsx';

/** The form as sent, for showing it again. */
function suggestFields(input: Record<string, string>): SuggestFields {
  return { text: input.text ?? '', source_url: input.source_url ?? '', email: input.email ?? '' };
}

export function suggestRoutes(deps: PublicDeps, forms: PublicForms): Hono<AppEnv> {
  const { db, render, clock, cookies, config } = deps;
  const routes = new Hono<AppEnv>();
  const slugOf = (c: Context<AppEnv>) => c.req.param('slug') ?? '';
  // The route patterns of followPaths.suggest and .suggested.
  const formPath = '/vorhaben/:slug/hinweis';

  async function formPage(c: Context<AppEnv>, slug: string, fields: SuggestFields, status = 200, errors?: FieldErrors, notice?: string) {
    const pledge = await pledgeToSuggestOn(db, slug);
    const page = <SuggestPage pledge={pledge} fields={fields} csrfToken={anonymousFormToken(c, cookies)} errors={errors} notice={notice} />;
    return privatePage(await render(c, page, status));
  }

  routes.get(formPath, (c) => formPage(c, slugOf(c), EMPTY_SUGGESTION));

  forms.showAgain(formPath, (c, { fields, params, notice }) =>
    formPage(c, params.slug ?? '', suggestFields(fields), 403, undefined, notice),
  );
  routes.post(formPath, async (c) => {
    const input = await formFields(c);
    const fields = suggestFields(input);
    const slug = slugOf(c);
    const locale = localeOfPath(c.req.path);
    try {
      await suggestDevelopment(db, slug, input, { locale, clientKey: requestClientKey(c, config, clock()), now: clock() });
    } catch (error) {
      if (error instanceof ValidationError) return formPage(c, slug, fields, 422, translateErrors(error, suggestMessages[locale].errors));
      // The pledge's government was archived: the page shows the archive notice instead of the form.
      if (error instanceof ArchivedError) return formPage(c, slug, fields, 409);
      if (error instanceof TooManyRequestsError) return formPage(c, slug, fields, 429, undefined, tooManyNotice(c, error));
      throw error;
    }
    return c.redirect(localisedPath(locale, subscriptionPaths.suggested(slug)), 303);
  });

  routes.get(`${formPath}/danke`, async (c) => {
    const pledge = await pledgeToSuggestOn(db, slugOf(c));
    return render(c, <SuggestThanksPage pledge={pledge} />);
  });

  return routes;
}
