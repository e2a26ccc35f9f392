// `/admin/quellen`: what evidence discovery reads — the DIP per Wahlperiode and the feeds — with the
// state of each; admins add feeds and switch them off and on.
import { adminMessages, formatDateTime } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { SourceRow } from '../../../services/admin/evidence-sources.ts';
import { CsrfField, ErrorSummary, Notice, SwitchForm, TextField, type FieldErrors } from '../../views/forms.tsx';
import { TableHead } from '../../views/table-head.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.sources;

export interface SourcesPageProps {
  sources: SourceRow[];
  csrfToken: string;
  discovery: { dipKeySet: boolean; intervalMs: number };
  notice?: string;
  errors?: FieldErrors;
  values?: { url: string; title: string };
}

export const SourcesPage: FC<SourcesPageProps> = ({ sources, csrfToken, discovery, notice, errors, values }) => (
  <Layout title={t.heading} area="admin" current="sources">
    <h1>{t.heading}</h1>
    <Notice message={notice} />
    <ErrorSummary errors={errors} />
    <p>{t.intro}</p>
    <p>
      {t.interval(Math.round(discovery.intervalMs / 60_000))} {discovery.dipKeySet ? null : <strong>{t.noKey}</strong>}
    </p>
    {sources.length === 0 ? (
      <p>{t.noSources}</p>
    ) : (
      <div class="table-scroll">
        <table>
          <TableHead
            columns={[t.source, t.kind, t.state, { text: t.documents, number: true }, t.lastRun, t.lastSuccess, t.error, t.action]}
          />
          <tbody>
            {sources.map((source) => (
              <tr id={`quelle-${source.id}`} class={source.active ? undefined : 'is-disabled'}>
                <th scope="row">
                  {source.title}
                  {source.url ? (
                    <>
                      <br />
                      <a href={source.url} class="source-url">
                        {source.url}
                      </a>
                    </>
                  ) : null}
                </th>
                <td>{t.kinds[source.kind] ?? source.kind}</td>
                <td>{source.active ? t.active : <strong>{t.inactive}</strong>}</td>
                <td class="number">{source.documents}</td>
                <td>{source.lastRunAt ? formatDateTime(source.lastRunAt) : t.never}</td>
                <td>{source.lastSuccessAt ? formatDateTime(source.lastSuccessAt) : t.never}</td>
                <td>{source.lastError ?? t.none}</td>
                <td>
                  {source.kind === 'feed' ? (
                    <SwitchForm
                      action={`/admin/quellen/${source.id}/${source.active ? 'abschalten' : 'einschalten'}`}
                      csrfToken={csrfToken}
                      text={source.active ? t.disable : t.enable}
                      label={source.active ? t.disableLabel(source.title) : t.enableLabel(source.title)}
                      danger={source.active}
                    />
                  ) : (
                    t.none
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <h2>{t.addHeading}</h2>
    <form method="post" action="/admin/quellen" class="stacked-form">
      <CsrfField token={csrfToken} />
      <TextField name="url" label={t.url} type="url" value={values?.url} hint={t.urlHint} required errors={errors} inputmode="url" />
      <TextField name="title" label={t.title} value={values?.title} hint={t.titleHint} required errors={errors} />
      <button type="submit">{t.add}</button>
    </form>
  </Layout>
);
