// Editors only, on the chapter page: the form that makes the passage they marked in the text a draft
// Vorhaben (services/admin/pledge-from-text.ts). Hidden until selection.js fills it from a selection.
import type { FC } from 'hono/jsx';
import { adminMessages } from '../i18n/admin/catalogue.ts';
import { CsrfField } from './forms.tsx';
import { usePageContext } from './page-context.ts';

const t = adminMessages.pledgeForm;

export const SelectionForm: FC<{ chapterSlug: string }> = ({ chapterSlug }) => {
  const { user, assetPath } = usePageContext();
  if (!user) return null;
  return (
    <>
      <form
        method="post"
        action={`/admin/kapitel/${encodeURIComponent(chapterSlug)}/vorhaben`}
        id="aus-auswahl"
        class="selection-form"
        hidden
        aria-labelledby="aus-auswahl-heading"
      >
        <CsrfField token={user.csrfToken} />
        <input type="hidden" name="text" value="" />
        <input type="hidden" name="occurrence" value="0" />
        <p id="aus-auswahl-heading">
          <strong>{t.fromSelection}</strong> <q class="selection-preview"></q>
        </p>
        <button type="submit">{t.fromSelectionSubmit}</button>
      </form>
      <script src={assetPath('selection.js')} defer />
    </>
  );
};
