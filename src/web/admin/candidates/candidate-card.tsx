// One candidate in the review queue: its text in context, what the extractor saw, its decision,
// and the forms to decide it (accept with title and slug, reject, merge, adjust the span, reopen).
import type { FC } from 'hono/jsx';
import type { QueueOrder, ReviewItem } from '../../../services/admin/candidate-queue.ts';
import { candidateAnchorId } from '../../../services/public/chapter-page.ts';
import { paths } from '../../../services/public/paths.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { formatDate } from '../../i18n/de.ts';
import { CsrfField, type FieldErrors } from '../../views/forms.tsx';
import { ExtractorOffers } from './offers.tsx';
import { reviewPaths } from './paths.ts';

const DECISION_LABELS = adminMessages.decisionLabels;

/** A form sent back because of errors: which candidate, its messages (by field id) and what was typed. */
export interface FailedForm {
  candidateId: number;
  errors: FieldErrors;
  values: Record<string, string>;
}

const t = adminMessages.candidateCard;

/** Field ids are unique on the page: `c12-title` for the title field of candidate 12. */
export const fieldId = (candidateId: number, field: string) => `c${candidateId}-${field}`;

const formatScore = (score: number) => score.toFixed(2).replace('.', ',');

/** An error message under its id; nothing without one. */
const FieldError: FC<{ id: string; message: string | undefined }> = ({ id, message }) =>
  message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;

interface InputProps {
  candidateId: number;
  name: string;
  label: string;
  value: string | number;
  errors: FieldErrors;
  hint?: string;
  type?: 'text' | 'number';
}

/** A required field of one candidate's form; its id (fieldId) is unique on the page. */
const Input: FC<InputProps> = ({ candidateId, name, label, value, errors, hint, type = 'text' }) => {
  const id = fieldId(candidateId, name);
  const described = [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${errors[id] ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={errors[id]} />
      <input
        id={id}
        name={name}
        type={type}
        value={String(value)}
        required
        inputmode={type === 'number' ? 'numeric' : undefined}
        min={type === 'number' ? 0 : undefined}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
};

/** Says which candidate a button acts on, for screen readers listing the page's buttons. */
export const Which: FC<{ item: ReviewItem }> = ({ item }) => <span class="visually-hidden">{t.which(item.number)}</span>;

/** The button that sends one of a candidate's forms, naming the candidate for screen readers. */
export const ActionButton: FC<{ item: ReviewItem; text: string; class?: 'secondary' | 'danger' }> = (props) => (
  <button type="submit" class={props.class}>
    {props.text}
    <Which item={props.item} />
  </button>
);

/**
 * An action that is only its button (reject, reopen, undo): its path and text go by its name, and
 * `data-action` names it for the keyboard shortcuts (review.js).
 */
const ButtonForm: FC<{ item: ReviewItem; name: 'reject' | 'reopen' | 'undo'; order?: QueueOrder; csrfToken: string; danger?: boolean }> = (
  props,
) => (
  <form method="post" action={reviewPaths[props.name](props.item.id, props.order)} data-action={props.name}>
    <CsrfField token={props.csrfToken} />
    <ActionButton item={props.item} text={t[props.name]} class={props.danger ? 'danger' : 'secondary'} />
  </form>
);

interface CardProps {
  item: ReviewItem;
  total: number;
  /** The length of the chapter text, the largest offset a span may end at. */
  bodyLength: number;
  csrfToken: string;
  failed: FailedForm | undefined;
  /** The chapter's government is archived: the candidate is shown without its forms. */
  readOnly: boolean;
  /** The queue's order, which the forms' actions pass on to the page after the decision. */
  order?: QueueOrder;
}

export const CandidateCard: FC<CardProps> = ({ item, total, bodyLength, csrfToken, failed, readOnly, order }) => {
  const mine = failed?.candidateId === item.id ? failed : undefined;
  const errors = mine?.errors ?? {};
  const value = (field: string, fallback: string | number) => mine?.values[field] ?? fallback;
  const anchor = candidateAnchorId(item.id);
  const spanErrors = ['start', 'end', 'with'].some((field) => errors[fieldId(item.id, field)]);
  return (
    <article
      id={anchor}
      class={`candidate decision-${item.decision}`}
      tabindex={-1}
      aria-labelledby={`${anchor}-heading`}
      data-candidate=""
    >
      <h2 id={`${anchor}-heading`}>
        <span class="candidate-number">{t.numberOf(item.number, total)}</span> {item.title}
      </h2>
      <p class="candidate-state">
        <span class={`decision-badge decision-badge-${item.decision}`}>{DECISION_LABELS[item.decision]}</span>
        {item.pledge ? (
          <>
            {` ${t.asPledge} `}
            {item.pledge.draft ? (
              <>
                <a href={`/admin/vorhaben/${item.pledge.slug}`}>{item.pledge.title}</a> {t.draft}
              </>
            ) : (
              <a href={paths.pledge(item.pledge.slug)}>{item.pledge.title}</a>
            )}
          </>
        ) : null}
        {item.decidedAt ? ` – ${item.decidedBy ?? t.byImport}, ${formatDate(item.decidedAt)}` : null}
      </p>
      <blockquote class="candidate-context">
        <p>
          {item.before}
          <mark>{item.text}</mark>
          {item.after}
        </p>
      </blockquote>
      <dl class="candidate-facts">
        <dt>{t.kind}</dt>
        <dd>{t.kinds[item.kind]}</dd>
        <dt>{t.score}</dt>
        <dd>{formatScore(item.score)}</dd>
        {item.place ? (
          <>
            <dt>{t.place}</dt>
            <dd class="candidate-place">{item.place}</dd>
          </>
        ) : null}
        <dt>{t.cues}</dt>
        <dd>
          {item.cues.length === 0 ? (
            '–'
          ) : (
            <ul class="tags">
              {item.cues.map((cue) => (
                <li>
                  <code>{cue}</code>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t.span}</dt>
        <dd>{t.spanValue(item.start, item.end)}</dd>
      </dl>
      <FieldError id={fieldId(item.id, 'form')} message={errors[fieldId(item.id, 'form')]} />
      {readOnly ? null : item.decision === 'open' ? (
        <>
          <div class="candidate-decide">
            <form method="post" action={reviewPaths.accept(item.id, order)} class="candidate-accept" data-action="accept">
              <CsrfField token={csrfToken} />
              <Input candidateId={item.id} name="title" label={t.title} value={value('title', item.title)} errors={errors} />
              <Input candidateId={item.id} name="slug" label={t.slug} hint={t.slugHint} value={value('slug', item.slug)} errors={errors} />
              <ActionButton item={item} text={t.accept} />
            </form>
            <ButtonForm item={item} name="reject" order={order} csrfToken={csrfToken} danger />
          </div>
          <ExtractorOffers item={item} order={order} csrfToken={csrfToken} />
          <details class="candidate-span" open={spanErrors}>
            <summary>
              {t.reshape}
              <Which item={item} />
            </summary>
            {item.mergeChoices.length > 0 ? (
              <form method="post" action={reviewPaths.merge(item.id, order)} data-action="merge">
                <CsrfField token={csrfToken} />
                <MergeChoice item={item} errors={errors} selected={String(value('with', item.mergeChoices[0]!.id))} />
                <ActionButton item={item} text={t.merge} class="secondary" />
              </form>
            ) : (
              <>
                <p class="hint" id={fieldId(item.id, 'with')}>
                  {t.nothingToMerge}
                </p>
                <FieldError id={`${fieldId(item.id, 'with')}-error`} message={errors[fieldId(item.id, 'with')]} />
              </>
            )}
            <form method="post" action={reviewPaths.adjust(item.id, order)} data-action="adjust" class="span-form">
              <CsrfField token={csrfToken} />
              <p class="hint span-hint">{t.spanHint(bodyLength)}</p>
              <Input candidateId={item.id} name="start" label={t.start} type="number" value={value('start', item.start)} errors={errors} />
              <Input candidateId={item.id} name="end" label={t.end} type="number" value={value('end', item.end)} errors={errors} />
              <ActionButton item={item} text={t.adjust} class="secondary" />
            </form>
          </details>
        </>
      ) : item.decision === 'rejected' ? (
        <ButtonForm item={item} name="reopen" order={order} csrfToken={csrfToken} />
      ) : item.decision === 'accepted' && item.pledge?.draft ? (
        <ButtonForm item={item} name="undo" order={order} csrfToken={csrfToken} />
      ) : null}
    </article>
  );
};

const MergeChoice: FC<{ item: ReviewItem; errors: FieldErrors; selected: string }> = ({ item, errors, selected }) => {
  const id = fieldId(item.id, 'with');
  return (
    <div class={`field${errors[id] ? ' has-error' : ''}`}>
      <label for={id}>{t.mergeWith}</label>
      <FieldError id={`${id}-error`} message={errors[id]} />
      <select id={id} name="with" aria-invalid={errors[id] ? 'true' : undefined} aria-describedby={errors[id] ? `${id}-error` : undefined}>
        {item.mergeChoices.map((choice) => (
          <option value={String(choice.id)} selected={String(choice.id) === selected}>
            {t.mergeChoice(choice.number, choice.excerpt)}
          </option>
        ))}
      </select>
    </div>
  );
};
