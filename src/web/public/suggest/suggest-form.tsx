// The suggestion form: small on the pledge page (no CSRF token, the page is cached; see
// web/forms/csrf.ts), whole on its own page with the token, the input and the messages.
import type { FC } from 'hono/jsx';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { CsrfField, type FieldErrors } from '../../views/forms.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { Honeypot, InputField, TextAreaField } from '../../forms/form-parts.tsx';
import { suggestMessages } from './messages.ts';

export interface SuggestFields {
  text: string;
  source_url: string;
  email: string;
}

export const EMPTY_SUGGESTION: SuggestFields = { text: '', source_url: '', email: '' };

/** Element ids by field; on the pledge page they are prefixed so they stay unique there. */
export function suggestFieldIds(prefix: string): Record<keyof SuggestFields, string> {
  return { text: `${prefix}text`, source_url: `${prefix}source-url`, email: `${prefix}email` };
}

export const SuggestForm: FC<{ pledgeSlug: string; idPrefix: string; fields: SuggestFields; csrfToken?: string; errors?: FieldErrors }> = (
  props,
) => {
  const { locale, href } = usePageContext();
  const t = suggestMessages[locale];
  const ids = suggestFieldIds(props.idPrefix);
  /** What a field takes from its name: its element id, its value and its message. */
  const bound = (name: keyof SuggestFields) => ({ id: ids[name], name, value: props.fields[name], errors: props.errors });
  return (
    <form method="post" action={href(subscriptionPaths.suggest(props.pledgeSlug))} class="stacked-form">
      {props.csrfToken ? <CsrfField token={props.csrfToken} /> : null}
      <TextAreaField {...bound('text')} label={t.text} hint={t.textHint} rows={4} required />
      <InputField {...bound('source_url')} type="url" label={t.sourceUrl} hint={t.sourceUrlHint} required />
      <InputField {...bound('email')} type="email" label={t.email} hint={t.emailHint} autocomplete="email" />
      <Honeypot id={`${props.idPrefix}website`} />
      <button type="submit">{t.submit}</button>
    </form>
  );
};

export const SuggestBox: FC<{ pledgeSlug: string }> = ({ pledgeSlug }) => {
  const t = suggestMessages[usePageContext().locale];
  return (
    <section class="public-form-box suggest-box" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <SuggestForm pledgeSlug={pledgeSlug} idPrefix="suggest-" fields={EMPTY_SUGGESTION} />
    </section>
  );
};
