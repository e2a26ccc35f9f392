// `/abo`: choose what to follow (everything, a chapter, topic, ministry, or the pledge one came
// from) and how often; the address gets a confirmation mail.
import type { FC } from 'hono/jsx';
import type { SubscriptionChoice, SubscriptionChoices } from '../../../services/subscriptions/scopes.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { CsrfField, type FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { Honeypot, InputField, PublicErrorSummary } from '../../forms/form-parts.tsx';
import { useSubscriptionMessages } from './messages.ts';

export interface SubscribeForm {
  email: string;
  scope: string;
  frequency: string;
}

export interface SubscribePageProps {
  choices: SubscriptionChoices;
  /** The pledge the reader came from, offered first. */
  pledge?: SubscriptionChoice;
  form: SubscribeForm;
  csrfToken: string;
  errors?: FieldErrors;
  notice?: string;
}

const Group: FC<{ label: string; choices: SubscriptionChoice[]; selected: string }> = ({ label, choices, selected }) =>
  choices.length === 0 ? null : (
    <optgroup label={label}>
      {choices.map((choice) => (
        <option value={choice.value} selected={choice.value === selected}>
          {choice.name}
        </option>
      ))}
    </optgroup>
  );

const ScopeSelect: FC<{ props: SubscribePageProps }> = ({ props }) => {
  const t = useSubscriptionMessages();
  const { choices, pledge, form, errors } = props;
  return (
    <div class={`field${errors?.scope ? ' has-error' : ''}`}>
      <label for="scope">{t.page.scope}</label>
      {errors?.scope ? (
        <p class="field-error" id="scope-error">
          {errors.scope}
        </p>
      ) : null}
      <select
        id="scope"
        name="scope"
        aria-invalid={errors?.scope ? 'true' : undefined}
        aria-describedby={errors?.scope ? 'scope-error' : undefined}
      >
        {pledge ? <option value={pledge.value} selected={form.scope === pledge.value}>{`${t.page.pledge}: ${pledge.name}`}</option> : null}
        <option value="all" selected={form.scope === 'all'}>
          {t.page.all}
        </option>
        <Group label={t.page.chapters} choices={choices.chapters} selected={form.scope} />
        <Group label={t.page.topics} choices={choices.topics} selected={form.scope} />
        <Group label={t.page.ministries} choices={choices.ministries} selected={form.scope} />
      </select>
    </div>
  );
};

const FrequencyChoice: FC<{ value: string; errors?: FieldErrors }> = ({ value, errors }) => {
  const t = useSubscriptionMessages();
  return (
    <fieldset aria-describedby={errors?.frequency ? 'frequency-error' : undefined}>
      <legend>{t.page.frequency}</legend>
      {errors?.frequency ? (
        <p class="field-error" id="frequency-error">
          {errors.frequency}
        </p>
      ) : null}
      {(['immediate', 'daily'] as const).map((option) => (
        <div class="field field-checkbox">
          <input type="radio" id={`frequency-${option}`} name="frequency" value={option} checked={value === option} />
          <label for={`frequency-${option}`}>{t.page[option]}</label>
        </div>
      ))}
    </fieldset>
  );
};

export const SubscribePage: FC<SubscribePageProps> = (props) => {
  const t = useSubscriptionMessages();
  const { href } = usePageContext();
  return (
    <Layout title={t.page.title}>
      <h1>{t.page.title}</h1>
      <p class="lead-text">{t.page.intro}</p>
      <PublicErrorSummary errors={props.errors} ids={{ frequency: 'frequency-immediate' }} notice={props.notice} />
      <form method="post" action={href(subscriptionPaths.subscribe())} class="stacked-form">
        <CsrfField token={props.csrfToken} />
        <InputField
          id="email"
          name="email"
          type="email"
          label={t.page.email}
          value={props.form.email}
          autocomplete="email"
          required
          errors={props.errors}
        />
        <ScopeSelect props={props} />
        <FrequencyChoice value={props.form.frequency} errors={props.errors} />
        <Honeypot id="website" />
        <button type="submit">{t.page.submit}</button>
      </form>
    </Layout>
  );
};
