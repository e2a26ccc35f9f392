// The small "follow by e-mail" form on the pages of a pledge, chapter, topic and lead ministry. Those
// pages are cached for everyone, so it carries no CSRF token (see web/forms/csrf.ts).
import type { FC } from 'hono/jsx';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { usePageContext } from '../../views/page-context.ts';
import { Honeypot, InputField } from '../../forms/form-parts.tsx';
import { useSubscriptionMessages } from './messages.ts';

type Subscribable = 'pledge' | 'chapter' | 'topic' | 'ministry';

export const SubscribeBox: FC<{ scope: `${Subscribable}:${string}`; what: Subscribable }> = ({ scope, what }) => {
  const t = useSubscriptionMessages();
  const { href, staticSite } = usePageContext();
  if (staticSite) return null;
  return (
    <section class="public-form-box follow-box" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t.box.heading}</h2>
      <p>{t.box.intro(t.box[what])}</p>
      <form method="post" action={href(subscriptionPaths.subscribe())} class="stacked-form compact-form">
        <input type="hidden" name="scope" value={scope} />
        <InputField id="follow-email" name="email" type="email" label={t.page.email} autocomplete="email" required />
        <div class="field">
          <label for="follow-frequency">{t.page.frequency}</label>
          <select id="follow-frequency" name="frequency">
            <option value="immediate">{t.page.immediate}</option>
            <option value="daily">{t.page.daily}</option>
          </select>
        </div>
        <Honeypot id="follow-website" />
        <button type="submit">{t.box.submit}</button>
      </form>
      <p>
        <a href={href(subscriptionPaths.subscribe())}>{t.box.more}</a>
      </p>
    </section>
  );
};
