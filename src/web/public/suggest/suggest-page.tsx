// `/vorhaben/:slug/hinweis`: the suggestion form on its own page (after an error, or for linking),
// and the thanks page after sending.
import type { FC } from 'hono/jsx';
import { ArchiveNotice } from '../../views/archive-notice.tsx';
import type { FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { useLinks } from '../../views/links.ts';
import { usePageContext } from '../../views/page-context.ts';
import { PublicErrorSummary } from '../../forms/form-parts.tsx';
import { suggestMessages } from './messages.ts';
import { SuggestForm, suggestFieldIds, type SuggestFields } from './suggest-form.tsx';

interface PledgeRef {
  slug: string;
  name: string;
}

/** An archived government's pledge takes no suggestions: the page says so instead of offering the form. */
export const SuggestPage: FC<{
  pledge: PledgeRef & { archived: boolean };
  fields: SuggestFields;
  csrfToken: string;
  errors?: FieldErrors;
  notice?: string;
}> = (props) => {
  const t = suggestMessages[usePageContext().locale];
  const link = useLinks();
  return (
    <Layout title={t.pageTitle(props.pledge.name)}>
      <p class="breadcrumb">
        <a href={link.pledge(props.pledge.slug)}>{t.back}</a>
      </p>
      <h1>{t.pageTitle(props.pledge.name)}</h1>
      {props.pledge.archived ? (
        <ArchiveNotice />
      ) : (
        <>
          <p>{t.intro}</p>
          <PublicErrorSummary errors={props.errors} ids={suggestFieldIds('')} notice={props.notice} />
          <SuggestForm pledgeSlug={props.pledge.slug} idPrefix="" fields={props.fields} csrfToken={props.csrfToken} errors={props.errors} />
        </>
      )}
    </Layout>
  );
};

export const SuggestThanksPage: FC<{ pledge: PledgeRef }> = ({ pledge }) => {
  const t = suggestMessages[usePageContext().locale];
  const link = useLinks();
  return (
    <Layout title={t.thanksTitle}>
      <h1>{t.thanksTitle}</h1>
      <p>{t.thanksText}</p>
      <p>
        <a href={link.pledge(pledge.slug)}>{t.back}</a>
      </p>
    </Layout>
  );
};
