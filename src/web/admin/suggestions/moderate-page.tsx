// `/admin/hinweise/:id`: one suggestion with the two decisions — accept as a draft development
// (title, date and source title editable) or reject with a reason; only the latter on an archive.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { SuggestionForModeration } from '../../../services/admin/suggestions.ts';
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../../views/forms.tsx';
import { AdminArchiveNotice } from '../../views/archive-notice.tsx';
import { Layout } from '../../views/layout.tsx';
import { SuggestionDetails } from './suggestion-details.tsx';
import { Section } from '../../views/section.tsx';

const t = adminMessages.suggestions;

export interface ModerationInput {
  title?: string;
  event_date?: string;
  source_title?: string;
  reason?: string;
}

export const ModeratePage: FC<{
  moderation: SuggestionForModeration;
  csrfToken: string;
  input?: ModerationInput;
  errors?: FieldErrors;
}> = ({ moderation: { suggestion, defaults }, csrfToken, input = {}, errors }) => (
  <Layout title={t.detailHeading} area="admin" current="suggestions">
    <p class="breadcrumb">
      <a href="/admin/hinweise">{t.backToQueue}</a>
    </p>
    <h1>{t.detailHeading}</h1>
    <ErrorSummary errors={errors} />
    <SuggestionDetails suggestion={suggestion} />
    {suggestion.status !== 'open' ? (
      <p class="notice">{t.decidedAlready(t.statusLabels[suggestion.status])}</p>
    ) : (
      <div class="moderation-forms">
        {suggestion.archived ? (
          <AdminArchiveNotice />
        ) : (
          <AcceptForm suggestionId={suggestion.id} defaults={defaults} csrfToken={csrfToken} input={input} errors={errors} />
        )}
        <Section headingId="ablehnen" heading={t.rejectHeading}>
          <form method="post" action={`/admin/hinweise/${suggestion.id}/ablehnen`} class="stacked-form">
            <CsrfField token={csrfToken} />
            <TextArea name="reason" label={t.rejectReason} value={input.reason} hint={t.rejectHint} rows={4} required errors={errors} />
            <button type="submit" class="danger">
              {t.reject}
            </button>
          </form>
        </Section>
      </div>
    )}
  </Layout>
);

/** Accepting makes a draft development, which an archived government's pledge does not take. */
const AcceptForm: FC<{
  suggestionId: number;
  defaults: SuggestionForModeration['defaults'];
  csrfToken: string;
  input: ModerationInput;
  errors?: FieldErrors;
}> = ({ suggestionId, defaults, csrfToken, input, errors }) => (
  <Section headingId="annehmen" heading={t.acceptHeading}>
    <p>{t.acceptIntro}</p>
    <form method="post" action={`/admin/hinweise/${suggestionId}/annehmen`} class="stacked-form">
      <CsrfField token={csrfToken} />
      <TextField name="title" label={t.title} value={input.title ?? defaults.title} required errors={errors} />
      <TextField
        name="event_date"
        label={t.eventDate}
        type="date"
        value={input.event_date ?? defaults.eventDate}
        hint={t.eventDateHint}
        errors={errors}
      />
      <TextField
        name="source_title"
        label={t.sourceTitle}
        value={input.source_title}
        hint={t.sourceTitleHint(defaults.sourceTitle)}
        errors={errors}
      />
      <button type="submit">{t.accept}</button>
    </form>
  </Section>
);
