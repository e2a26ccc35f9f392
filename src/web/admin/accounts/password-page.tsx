// `/admin/passwort`: any signed-in user changes their own password.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import { CsrfField, ErrorSummary, Notice, TextField, type FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.password;

export const PasswordPage: FC<{ csrfToken: string; changed?: boolean; errors?: FieldErrors }> = ({ csrfToken, changed, errors }) => (
  <Layout title={t.heading} area="admin" current="password">
    <h1>{t.heading}</h1>
    <Notice message={changed && t.changed} />
    <ErrorSummary errors={errors} />
    <p>{t.intro}</p>
    <form method="post" action="/admin/passwort" class="stacked-form narrow">
      <CsrfField token={csrfToken} />
      <TextField name="current" label={t.current} type="password" autocomplete="current-password" required errors={errors} />
      <TextField name="next" label={t.next} type="password" autocomplete="new-password" hint={t.nextHint} required errors={errors} />
      <TextField name="repeat" label={t.repeat} type="password" autocomplete="new-password" required errors={errors} />
      <button type="submit">{t.submit}</button>
    </form>
  </Layout>
);
