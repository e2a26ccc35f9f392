// `/admin/vorhaben/:slug`: the pledge's edit form and its developments (drafts included); an
// archived government's pledge is shown with the form disabled.
import type { FC } from 'hono/jsx';
import type { loadPledgeEditor, PledgeFormValues } from '../../../services/admin/pledges.ts';
import { formatDate } from '../../i18n/de.ts';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { EditFields, loadedEdit, type FieldTexts, type FormEdit } from '../../views/conflict-page.tsx';
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
import { StatusBadge } from '../../views/status-badge.tsx';
import { adminMessages } from '../../i18n/admin/catalogue.ts';

const t = adminMessages.pledgeForm;

type Editor = Awaited<ReturnType<typeof loadPledgeEditor>>;

/** The form's merge units as the conflict page names and shows them. */
export const PLEDGE_FIELDS: FieldTexts<PledgeFormValues> = {
  labels: adminMessages.pledgeForm.labels,
  show(unit, values) {
    if (unit === 'quote')
      return values.quote_start === '' && values.quote_end === ''
        ? ''
        : `Zeichen ${values.quote_start || '?'} bis ${values.quote_end || '?'}`;
    if (unit === 'rating') return values.rating === '' ? 'keine' : `${values.rating} von 5`;
    if (unit === 'published') return values.published ? 'ja' : 'nein';
    return String(values[unit as keyof PledgeFormValues] ?? '');
  },
};

/** What the form offers beside the values: the vocabularies' names and how the slug may change. */
export interface PledgeFormChoices {
  chapterLength: number;
  ministries: string[];
  organisations: string[];
  topics: string[];
  slugFollowsTitle: boolean;
  oldSlugs: string[];
}

/** The existing names of a vocabulary, offered while typing; a new name is allowed. */
/** A text field that offers the names in use (a datalist); a new name is allowed too. */
const PickField: FC<{
  name: keyof PledgeFormValues & string;
  listId: string;
  names: string[];
  value: string;
  hint: string;
  errors?: FieldErrors;
}> = ({ name, listId, names, value, hint, errors }) => (
  <>
    <TextField
      name={name}
      label={t.labels[name as keyof typeof t.labels]}
      value={value}
      errors={errors}
      hint={hint}
      list={listId}
      autocomplete="off"
    />
    <datalist id={listId}>
      {names.map((choice) => (
        <option value={choice} />
      ))}
    </datalist>
  </>
);

export const PledgeForm: FC<{
  slug: string;
  slugValue?: string;
  values: PledgeFormValues;
  edit: FormEdit;
  errors?: FieldErrors;
  choices: PledgeFormChoices;
}> = (props) => {
  const { user, assetPath } = usePageContext();
  const { values, errors, choices } = props;
  return (
    <form method="post" action={`/admin/vorhaben/${props.slug}`} class="stacked-form">
      <CsrfField token={user!.csrfToken} />
      <input type="hidden" name="version" value={String(values.version)} />
      <EditFields edit={props.edit} />
      <TextField name="title" label={t.labels.title} value={values.title} required errors={errors} />
      {choices.slugFollowsTitle ? (
        <p class="hint slug-note">{t.slugFollowsTitle(props.slug)}</p>
      ) : (
        <TextField
          name="slug"
          label={t.slug}
          value={props.slugValue ?? props.slug}
          errors={errors}
          hint={choices.oldSlugs.length > 0 ? `${t.slugHint} ${t.oldSlugs(choices.oldSlugs)}` : t.slugHint}
        />
      )}
      <fieldset>
        <legend>{t.labels.quote}</legend>
        <p class="hint">{t.quoteHint(choices.chapterLength)}</p>
        <TextField name="quote_start" label={t.quoteStart} value={values.quote_start} inputmode="numeric" errors={errors} />
        <TextField name="quote_end" label={t.quoteEnd} value={values.quote_end} inputmode="numeric" errors={errors} />
      </fieldset>
      <TextArea name="success_criterion" label={t.labels.success_criterion} value={values.success_criterion} rows={3} errors={errors} />
      <TextField name="deadline" label={t.labels.deadline} type="date" value={values.deadline} errors={errors} />
      <PickField
        name="lead_ministry"
        listId="ministerien-liste"
        names={choices.ministries}
        value={values.lead_ministry}
        hint={t.pickHint}
        errors={errors}
      />
      <PickField name="topics" listId="themen-liste" names={choices.topics} value={values.topics} hint={t.topicsHint} errors={errors} />
      <PickField
        name="partner"
        listId="partner-liste"
        names={choices.organisations}
        value={values.partner}
        hint={t.pickHint}
        errors={errors}
      />
      <SelectField
        name="rating"
        label={t.labels.rating}
        value={values.rating}
        errors={errors}
        hint={t.ratingHint}
        options={[
          { value: '', label: t.noRating },
          ...[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: t.ratingValue(rating) })),
        ]}
      />
      <CheckboxField name="published" label={t.published} checked={values.published} />
      {values.published ? <p class="hint">{t.publishedHint}</p> : null}
      <button type="submit">{t.save}</button>
      <script src={assetPath('pick-lists.js')} defer />
    </form>
  );
};

/** Deleting asks first: the button only works with the confirmation ticked. */
const DeleteDraft: FC<{ slug: string; errors?: FieldErrors }> = ({ slug, errors }) => {
  const { user } = usePageContext();
  return (
    <details class="delete-pledge" open={errors?.confirm ? true : undefined}>
      <summary>{t.deleteDraft}</summary>
      <form method="post" action={`/admin/vorhaben/${slug}/loeschen`} class="stacked-form">
        <CsrfField token={user!.csrfToken} />
        <p class="hint">{t.deleteHint}</p>
        {errors?.confirm ? <p class="field-error">{errors.confirm}</p> : null}
        <CheckboxField name="confirm" label={t.deleteConfirm} checked={false} />
        <button type="submit" class="danger">
          {t.delete}
        </button>
      </form>
    </details>
  );
};

export function choicesOf(editor: Editor): PledgeFormChoices {
  return {
    chapterLength: editor.chapter.length,
    ministries: editor.ministries,
    organisations: editor.organisations,
    topics: editor.topics,
    slugFollowsTitle: editor.slugFollowsTitle,
    oldSlugs: editor.oldSlugs,
  };
}

export const PledgeEditPage: FC<{
  editor: Editor;
  values?: PledgeFormValues;
  slugValue?: string;
  edit?: FormEdit;
  errors?: FieldErrors;
  saved?: boolean;
  created?: boolean;
}> = ({ editor, values, slugValue, edit, errors, saved, created }) => {
  const { pledge } = editor;
  return (
    <Layout title={t.pageTitle(pledge.title)} area="admin" current="pledges">
      <p class="breadcrumb">
        <a href="/admin/vorhaben">{t.breadcrumb}</a> › {editor.chapter.heading}
      </p>
      <h1>{pledge.title}</h1>
      <p>
        <StatusBadge status={pledge.status} /> · <a href={`/vorhaben/${pledge.slug}`}>{t.publicPage}</a> ·{' '}
        <a href={`/admin/vorhaben/${pledge.slug}/funde`}>{t.proposals}</a>
        {editor.mayEdit ? (
          <>
            {' · '}
            <a href={`/admin/protokoll?vorhaben=${pledge.slug}`}>{t.auditLog}</a>
          </>
        ) : null}
      </p>
      {saved ? (
        <p class="flash" role="status">
          {t.saved}
        </p>
      ) : null}
      {created ? (
        <p class="flash" role="status">
          {t.created}
        </p>
      ) : null}
      {editor.mayEdit && !editor.archived ? (
        <p class="hint status-note">
          {t.statusNote} <a href={`/admin/vorhaben/${pledge.slug}/entwicklungen/neu`}>{t.statusNoteLink}</a>
        </p>
      ) : null}
      {pledge.quote ? (
        <blockquote class="quote">
          <p>{pledge.quote}</p>
        </blockquote>
      ) : null}
      {editor.archived ? <AdminArchiveNotice /> : null}
      <ErrorSummary errors={errors} />
      {editor.mayEdit ? (
        <ReadOnly when={editor.archived}>
          <PledgeForm
            slug={pledge.slug}
            slugValue={slugValue}
            values={values ?? editor.values}
            edit={edit ?? loadedEdit(editor.values)}
            errors={errors}
            choices={choicesOf(editor)}
          />
        </ReadOnly>
      ) : null}
      {editor.mayEdit && !editor.archived && pledge.published !== 1 ? <DeleteDraft slug={pledge.slug} errors={errors} /> : null}
      <h2>{t.developments}</h2>
      {editor.archived ? null : (
        <p>
          <a class="button" href={`/admin/vorhaben/${pledge.slug}/entwicklungen/neu`}>
            {t.newDevelopment}
          </a>
        </p>
      )}
      {editor.developments.length === 0 ? (
        <p>{t.noDevelopments}</p>
      ) : (
        <ul class="update-list">
          {editor.developments.map((development) => (
            <li>
              <time datetime={development.event_date}>{formatDate(development.event_date)}</time>:{' '}
              <a href={`/admin/entwicklungen/${development.id}`}>{development.title}</a>{' '}
              {development.published_at ? (
                <span class="tag">{adminMessages.developmentForm.publishedValue(true)}</span>
              ) : (
                <span class="tag tag-draft">{adminMessages.developmentForm.publishedValue(false)}</span>
              )}
              {development.automatic === 1 ? (
                <>
                  {' '}
                  <span class="tag" title={t.automaticHint}>
                    {t.automatic}
                  </span>
                </>
              ) : null}
              {development.status_change ? (
                <>
                  {' '}
                  <StatusBadge status={development.status_change} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
};
