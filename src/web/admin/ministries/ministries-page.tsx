// `/admin/federfuehrungen`: each lead ministry with the public body its freedom-of-information link addresses.
import type { FC } from 'hono/jsx';
import type { MinistryFoi } from '../../../store/vocabularies.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { CsrfField, ErrorSummary, Notice, TextField, type FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.ministries;

/** The field of one ministry's form; errors are keyed by it. */
export const authorityField = (slug: string) => `foi-${slug}`;

export const MinistriesPage: FC<{
  ministries: MinistryFoi[];
  csrfToken: string;
  notice?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
}> = ({ ministries, csrfToken, notice, errors, values = {} }) => (
  <Layout title={t.heading} area="admin" current="ministries">
    <h1>{t.heading}</h1>
    <Notice message={notice} />
    <ErrorSummary errors={errors} />
    <p>{t.intro}</p>
    {ministries.length === 0 ? (
      <p>{t.none}</p>
    ) : (
      <ul class="ministry-authorities">
        {ministries.map((ministry) => (
          <li id={`ministerium-${ministry.slug}`}>
            <form method="post" action={`/admin/federfuehrungen/${encodeURIComponent(ministry.slug)}`}>
              <CsrfField token={csrfToken} />
              <TextField
                id={authorityField(ministry.slug)}
                name="foi_authority"
                label={t.fieldLabel(ministry.name)}
                hint={t.guessed(ministry.slug)}
                value={values[ministry.slug] ?? ministry.foi_authority}
                errors={errors}
              />
              <button type="submit">{t.save}</button>
            </form>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);
