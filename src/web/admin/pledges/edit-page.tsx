// `/admin/vorhaben/:slug`: the pledge's edit form and its developments (drafts included); an
// archived government's pledge is shown with the form disabled.
import type { FC } from 'hono/jsx';
import type { PledgeFormValues } from '../../../services/admin/pledges.ts';
import { formatDate } from '../../i18n/de.ts';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { loadedEdit, type FormEdit } from '../../views/conflict-page.tsx';
import { ConfirmedDeleteForm, ErrorSummary, Notice, ReadOnly, type FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { StatusBadge } from '../../views/status-badge.tsx';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { choicesOf, PledgeForm, type PledgeEditor } from './pledge-form.tsx';

const t = adminMessages.pledgeForm;

/** Deleting asks first: the button only works with the confirmation ticked. */
const DeleteDraft: FC<{ slug: string; errors?: FieldErrors }> = ({ slug, errors }) => {
  const { user } = usePageContext();
  return (
    <details class="delete-pledge" open={errors?.confirm ? true : undefined}>
      <summary>{t.deleteDraft}</summary>
      <ConfirmedDeleteForm
        action={`/admin/vorhaben/${slug}/loeschen`}
        class="stacked-form"
        csrfToken={user!.csrfToken}
        hint={t.deleteHint}
        confirmLabel={t.deleteConfirm}
        button={t.delete}
        errors={errors}
      />
    </details>
  );
};

export const PledgeEditPage: FC<{
  editor: PledgeEditor;
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
      <Notice message={saved && t.saved} />
      <Notice message={created && t.created} />
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
