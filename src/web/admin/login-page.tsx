// `/admin/login`: e-mail and password, with the message for wrong input or too many attempts.
import type { FC } from 'hono/jsx';
import { adminMessages } from '../i18n/admin/catalogue.ts';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../views/forms.tsx';
import { Layout } from '../views/layout.tsx';

const t = adminMessages.shell.login;

export const LoginPage: FC<{ csrfToken: string; next: string; email?: string; errors?: FieldErrors }> = ({
  csrfToken,
  next,
  email,
  errors,
}) => (
  <Layout title={t.heading} area="admin">
    <h1>{t.heading}</h1>
    <ErrorSummary errors={errors} />
    <form method="post" action="/admin/login" class="stacked-form narrow">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="weiter" value={next} />
      <TextField name="email" label={t.email} type="email" value={email} autocomplete="username" required errors={errors} />
      <TextField name="password" label={t.password} type="password" autocomplete="current-password" required errors={errors} />
      <button type="submit">{t.submit}</button>
    </form>
  </Layout>
);
