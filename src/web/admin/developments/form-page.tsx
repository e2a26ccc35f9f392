// The development form: date, title, Markdown text, sources, optional status and rating change.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';
import type { SourceValues, DevelopmentFormValues } from '../../../services/admin/developments.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { EditFields, type FieldTexts, type FormEdit } from '../../views/conflict-page.tsx';
import {
  ConfirmedDeleteForm,
  CsrfField,
  ErrorSummary,
  Notice,
  ReadOnly,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';

const t = adminMessages.developmentForm;

/** The form's merge units as the conflict page names and shows them. */
export const DEVELOPMENT_FIELDS: FieldTexts<DevelopmentFormValues> = {
  labels: t.labels,

  show(unit, values) {
    if (unit === 'status_change')
      return values.status_change === '' ? t.noChange : (STATUS_LABELS[values.status_change as Status] ?? values.status_change);
    if (unit === 'rating_change') return values.rating_change === '' ? t.noChange : t.ratingValue(values.rating_change);
    if (unit === 'sources') return values.sources.map((source) => `${source.title} <${source.url}>`).join('\n');
    if (unit === 'published') return t.publishedValue(values.published);
    return String(values[unit as keyof DevelopmentFormValues] ?? '');
  },
};

const EMPTY_SOURCE_ROWS = 3;

const SourceRow: FC<{ index: number; source: SourceValues; errors?: FieldErrors }> = ({ index, source, errors }) => (
  <fieldset class="source-row">
    <legend>{t.source(index + 1)}</legend>
    <TextField name="source_url" id={`source_url_${index}`} label={t.sourceUrl} type="url" value={source.url} errors={errors} />
    <TextField name="source_title" id={`source_title_${index}`} label={t.sourceTitle} value={source.title} errors={errors} />
    <TextField name="source_publisher" id={`source_publisher_${index}`} label={t.sourcePublisher} value={source.publisher} />
    <TextField name="source_date" id={`source_date_${index}`} label={t.sourceDate} type="date" value={source.date} errors={errors} />
  </fieldset>
);

/** `edit` is left out by the form that creates a development: there is nothing to merge with. */
export const DevelopmentForm: FC<{ action: string; values: DevelopmentFormValues; edit?: FormEdit; errors?: FieldErrors }> = ({
  action,
  values,
  edit,
  errors,
}) => {
  const { user } = usePageContext();
  const rows = [
    ...values.sources,
    ...Array.from({ length: EMPTY_SOURCE_ROWS }, () => ({ url: '', title: '', publisher: '', date: '' })),
  ].slice(0, Math.max(EMPTY_SOURCE_ROWS, values.sources.length + 1));
  return (
    <form method="post" action={action} class="stacked-form">
      <CsrfField token={user!.csrfToken} />
      {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
      {edit ? <EditFields edit={edit} /> : null}
      <TextField name="event_date" label={t.labels.event_date} type="date" value={values.event_date} required errors={errors} />
      <TextField name="title" label={t.labels.title} value={values.title} required errors={errors} />
      <TextArea name="body" label={t.labels.body} value={values.body} rows={8} hint={t.bodyHint} errors={errors} />
      <SelectField
        name="status_change"
        label={t.labels.status_change}
        value={values.status_change}
        errors={errors}
        options={[{ value: '', label: t.noChange }, ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      />
      <SelectField
        name="rating_change"
        label={t.labels.rating_change}
        value={values.rating_change}
        errors={errors}
        options={[
          { value: '', label: t.noChange },
          ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: t.ratingValue(rating) })),
        ]}
      />
      <h2>{t.labels.sources}</h2>
      <p class="hint">{t.sourcesHint}</p>
      {rows.map((source, index) => (
        <SourceRow index={index} source={source} errors={errors} />
      ))}
      <div class="actions">
        {values.published ? (
          <button type="submit" name="aktion" value="speichern">
            {t.save}
          </button>
        ) : (
          <>
            <button type="submit" name="aktion" value="entwurf" class="secondary">
              {t.saveDraft}
            </button>
            <button type="submit" name="aktion" value="veroeffentlichen">
              {t.savePublish}
            </button>
          </>
        )}
      </div>
    </form>
  );
};

export const DevelopmentFormPage: FC<{
  heading: string;
  pledge: { slug: string; title: string };
  action: string;
  values: DevelopmentFormValues;
  edit?: FormEdit;
  errors?: FieldErrors;
  developmentId?: number;
  saved?: boolean;
  /** The pledge's government is archived: the form is shown disabled, without its actions. */
  archived?: boolean;
}> = ({ heading, pledge, action, values, edit, errors, developmentId, saved, archived = false }) => {
  const { user } = usePageContext();
  return (
    <Layout title={heading} area="admin" current="pledges">
      <p class="breadcrumb">
        <a href="/admin/vorhaben">{t.breadcrumb}</a> › <a href={`/admin/vorhaben/${pledge.slug}`}>{pledge.title}</a>
      </p>
      <h1>{heading}</h1>
      {developmentId !== undefined ? <p>{t.state(values.published)}</p> : null}
      {archived ? <AdminArchiveNotice /> : null}
      <Notice message={saved && t.saved} />
      <ErrorSummary errors={errors} />
      <ReadOnly when={archived}>
        <DevelopmentForm action={action} values={values} edit={edit} errors={errors} />
      </ReadOnly>
      {developmentId !== undefined && !archived ? (
        <div class="actions">
          {values.published ? (
            <form method="post" action={`/admin/entwicklungen/${developmentId}/zurueckziehen`}>
              <CsrfField token={user!.csrfToken} />
              <button type="submit" class="secondary">
                {t.withdraw}
              </button>
            </form>
          ) : (
            <ConfirmedDeleteForm
              action={`/admin/entwicklungen/${developmentId}/loeschen`}
              class="delete-draft"
              csrfToken={user!.csrfToken}
              confirmLabel={t.deleteConfirm}
              button={t.deleteDraft}
              errors={errors}
            />
          )}
        </div>
      ) : null}
    </Layout>
  );
};
