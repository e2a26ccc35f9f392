// `/admin/benachrichtigungen`: an editor chooses which mails the back office sends to their own address.
import type { FC } from 'hono/jsx';
import { NOTIFICATIONS_PATH } from '../../../services/admin/notifications.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { CsrfField, Notice } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.notifications;

export const NotificationsPage: FC<{ csrfToken: string; settings: { suggestions: boolean }; saved?: boolean }> = ({
  csrfToken,
  settings,
  saved,
}) => (
  <Layout title={t.heading} area="admin">
    <h1>{t.heading}</h1>
    <Notice message={saved && t.saved} />
    <p>{t.intro}</p>
    <form method="post" action={NOTIFICATIONS_PATH} class="stacked-form narrow">
      <CsrfField token={csrfToken} />
      <div class="field field-checkbox">
        <input type="checkbox" id="hinweise" name="hinweise" value="1" checked={settings.suggestions} aria-describedby="hinweise-hint" />
        <label for="hinweise">{t.suggestions}</label>
      </div>
      <p class="hint" id="hinweise-hint">
        {t.suggestionsHint}
      </p>
      <button type="submit">{t.submit}</button>
    </form>
  </Layout>
);
