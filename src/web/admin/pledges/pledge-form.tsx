// The back office's Vorhaben form: its fields, the names it offers while typing, and how the conflict page
// shows its merge units.
import type { FC } from 'hono/jsx';
import type { loadPledgeEditor, PledgeFormValues } from '../../../services/admin/pledges.ts';
import { EditFields, type FieldTexts, type FormEdit } from '../../views/conflict-page.tsx';
import { CheckboxField, CsrfField, SelectField, TextArea, TextField, type FieldErrors } from '../../views/forms.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';

const t = adminMessages.pledgeForm;

export type PledgeEditor = Awaited<ReturnType<typeof loadPledgeEditor>>;

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

export function choicesOf(editor: PledgeEditor): PledgeFormChoices {
  return {
    chapterLength: editor.chapter.length,
    ministries: editor.ministries,
    organisations: editor.organisations,
    topics: editor.topics,
    slugFollowsTitle: editor.slugFollowsTitle,
    oldSlugs: editor.oldSlugs,
  };
}
