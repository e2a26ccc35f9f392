// The development form: date, title, Markdown text, sources, optional status and rating change.
import type { FC } from 'hono/jsx';
import { STATUSES, type Status } from '../../../domain/status.ts';
import type { SourceValues, DevelopmentFormValues } from '../../../services/admin/developments.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { EditFields, type FieldTexts, type FormEdit } from '../../views/conflict-page.tsx';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  ReadOnly,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';

/** The form's merge units as the conflict page names and shows them. */
export const DEVELOPMENT_FIELDS: FieldTexts<DevelopmentFormValues> = {
  labels: {
    event_date: 'Datum des Ereignisses',
    title: 'Titel',
    body: 'Text',
    status_change: 'Neuer Status',
    rating_change: 'Neue Bewertung',
    sources: 'Nachweise',
    published: 'Veröffentlicht',
  },
  show(unit, values) {
    if (unit === 'status_change')
      return values.status_change === '' ? 'keine Änderung' : (STATUS_LABELS[values.status_change as Status] ?? values.status_change);
    if (unit === 'rating_change') return values.rating_change === '' ? 'keine Änderung' : `${values.rating_change} von 5`;
    if (unit === 'sources') return values.sources.map((source) => `${source.title} <${source.url}>`).join('\n');
    if (unit === 'published') return values.published ? 'veröffentlicht' : 'Entwurf';
    return String(values[unit as keyof DevelopmentFormValues] ?? '');
  },
};

const EMPTY_SOURCE_ROWS = 3;

const SourceRow: FC<{ index: number; source: SourceValues; errors?: FieldErrors }> = ({ index, source, errors }) => (
  <fieldset class="source-row">
    <legend>Nachweis {index + 1}</legend>
    <TextField name="source_url" id={`source_url_${index}`} label="Adresse (http/https)" type="url" value={source.url} errors={errors} />
    <TextField name="source_title" id={`source_title_${index}`} label="Titel" value={source.title} errors={errors} />
    <TextField name="source_publisher" id={`source_publisher_${index}`} label="Herausgeber" value={source.publisher} />
    <TextField name="source_date" id={`source_date_${index}`} label="Datum" type="date" value={source.date} errors={errors} />
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
      <TextField name="event_date" label="Datum des Ereignisses" type="date" value={values.event_date} required errors={errors} />
      <TextField name="title" label="Titel" value={values.title} required errors={errors} />
      <TextArea
        name="body"
        label="Text"
        value={values.body}
        rows={8}
        hint="Markdown; Links nur mit http:// oder https://"
        errors={errors}
      />
      <SelectField
        name="status_change"
        label="Neuer Status"
        value={values.status_change}
        errors={errors}
        options={[{ value: '', label: 'keine Änderung' }, ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      />
      <SelectField
        name="rating_change"
        label="Neue Bewertung"
        value={values.rating_change}
        errors={errors}
        options={[
          { value: '', label: 'keine Änderung' },
          ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: `${rating} von 5` })),
        ]}
      />
      <h2>Nachweise</h2>
      <p class="hint">
        Zum Veröffentlichen mindestens ein Nachweis; ein Entwurf lässt sich auch ohne speichern. Leere Zeilen werden ignoriert; nach dem
        Speichern erscheint eine weitere leere Zeile.
      </p>
      {rows.map((source, index) => (
        <SourceRow index={index} source={source} errors={errors} />
      ))}
      <div class="actions">
        {values.published ? (
          <button type="submit" name="aktion" value="speichern">
            Speichern
          </button>
        ) : (
          <>
            <button type="submit" name="aktion" value="entwurf" class="secondary">
              Als Entwurf speichern
            </button>
            <button type="submit" name="aktion" value="veroeffentlichen">
              Speichern und veröffentlichen
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
        <a href="/admin/vorhaben">Vorhaben</a> › <a href={`/admin/vorhaben/${pledge.slug}`}>{pledge.title}</a>
      </p>
      <h1>{heading}</h1>
      {developmentId !== undefined ? <p>{values.published ? 'Veröffentlicht.' : 'Entwurf: nicht öffentlich sichtbar.'}</p> : null}
      {archived ? <AdminArchiveNotice /> : null}
      {saved ? (
        <p class="flash" role="status">
          Gespeichert.
        </p>
      ) : null}
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
                Zurückziehen (wieder Entwurf)
              </button>
            </form>
          ) : (
            <form method="post" action={`/admin/entwicklungen/${developmentId}/loeschen`} class="delete-draft">
              <CsrfField token={user!.csrfToken} />
              {errors?.confirm ? <p class="field-error">{errors.confirm}</p> : null}
              <CheckboxField name="confirm" label="Ja, diesen Entwurf endgültig löschen" checked={false} />
              <button type="submit" class="danger">
                Entwurf löschen
              </button>
            </form>
          )}
        </div>
      ) : null}
    </Layout>
  );
};
