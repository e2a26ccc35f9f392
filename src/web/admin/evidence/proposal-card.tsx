// One proposal in the queue: the draft it makes, why (the matcher's reason and the evidence), the
// document it comes from with where and when it was retrieved, and the forms to confirm (after
// editing title, day, status or text) or reject it.
import { adminMessages, formatDateTime } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import type { ProposalView } from '../../../services/admin/evidence-review.ts';
import { paths } from '../../../services/public/paths.ts';
import { formatDate, STATUS_LABELS } from '../../i18n/de.ts';
import { CsrfField, type FieldErrors } from '../../views/forms.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';
import { proposalAnchor, proposalPaths } from './paths.ts';

const t = adminMessages.proposals;
const PROPOSAL_STATE_LABELS = adminMessages.proposalStateLabels;
const DOCUMENT_KIND_LABELS = adminMessages.documentKindLabels;

/** A form sent back with errors: which proposal, its messages by field id, and what was typed. */
export interface FailedProposal {
  id: number;
  errors: FieldErrors;
  values: Record<string, string>;
}

/** Field ids are unique on the page: `f12-title` for the title of proposal 12. */
export const proposalFieldId = (id: number, field: string) => `f${id}-${field}`;

const formatScore = (score: number) => score.toFixed(2).replace('.', ',');
const DECISION_CLASS = { open: 'open', confirmed: 'accepted', rejected: 'rejected' } as const;

interface CardProps {
  item: ProposalView;
  number: number;
  total: number;
  csrfToken: string;
  /** Where the queue continues after this one is decided: the scope and the next card. */
  back: string;
  next: number | undefined;
  failed: FailedProposal | undefined;
  /** In the overall queue the card names its Vorhaben. */
  showPledge: boolean;
}

const Field: FC<{ id: string; label: string; errors: FieldErrors; children?: unknown }> = ({ id, label, errors, children }) => (
  <div class={`field${errors[id] ? ' has-error' : ''}`}>
    <label for={id}>{label}</label>
    {errors[id] ? (
      <p class="field-error" id={`${id}-error`}>
        {errors[id]}
      </p>
    ) : null}
    {children}
  </div>
);

export const ProposalCard: FC<CardProps> = ({ item, number, total, csrfToken, back, next, failed, showPledge }) => {
  const mine = failed?.id === item.id ? failed : undefined;
  const errors = mine?.errors ?? {};
  const id = (field: string) => proposalFieldId(item.id, field);
  const value = (field: string, fallback: string) => mine?.values[field] ?? fallback;
  const invalid = (field: string) => (errors[id(field)] ? { 'aria-invalid': 'true', 'aria-describedby': `${id(field)}-error` } : {});
  const anchor = proposalAnchor(item.id);
  const open = item.state === 'open' && item.draft !== null && !item.archived;
  const which = <span class="visually-hidden">{t.which(number)}</span>;
  return (
    <article
      id={anchor}
      class={`candidate finding decision-${DECISION_CLASS[item.state]}`}
      tabindex={-1}
      aria-labelledby={`${anchor}-heading`}
      data-proposal=""
    >
      <h3 id={`${anchor}-heading`}>
        <span class="candidate-number">{t.number(number, total)}</span> {item.draft?.title ?? item.document.title}
      </h3>
      <p class="candidate-state">
        <span class={`decision-badge decision-badge-${DECISION_CLASS[item.state]}`}>{PROPOSAL_STATE_LABELS[item.state]}</span>
        {item.decidedAt ? ` – ${t.decided(PROPOSAL_STATE_LABELS[item.state], item.decidedBy, formatDateTime(item.decidedAt))}` : null}
        {item.archived && item.state === 'open' ? ` – ${t.archived}` : null}
      </p>
      <dl class="candidate-facts">
        {showPledge ? (
          <>
            <dt>{t.pledge}</dt>
            <dd>
              <a href={`/admin/vorhaben/${item.pledge.slug}`}>{item.pledge.title}</a> ({t.currentStatus}{' '}
              <StatusBadge status={item.pledge.status} />)
            </dd>
          </>
        ) : null}
        <dt>{t.proposedStatus}</dt>
        <dd>{item.proposedStatus ? <StatusBadge status={item.proposedStatus} /> : t.noStatus}</dd>
        <dt>{t.reason}</dt>
        <dd>{item.reason}</dd>
        <dt>{t.score}</dt>
        <dd>{formatScore(item.score)}</dd>
        <dt>{t.evidence}</dt>
        <dd>
          {DOCUMENT_KIND_LABELS[item.document.kind] ?? item.document.kind} ({item.document.source}
          {item.document.date ? `, ${formatDate(item.document.date)}` : ''}):{' '}
          {item.document.url ? <a href={item.document.url}>{item.document.title}</a> : item.document.title}
          <br />
          <span class="hint">{t.retrieved(formatDateTime(item.document.retrievedAt), item.document.fetchedFrom)}</span>
        </dd>
      </dl>
      {item.draft && item.draft.sources.length > 0 ? (
        <>
          <h4 class="finding-sources-heading">{t.sourcesHeading}</h4>
          <ul class="finding-sources">
            {item.draft.sources.map((source) => (
              <li>
                <a href={source.url}>{source.title}</a>
                {source.publisher ? ` – ${source.publisher}` : ''}
                {source.date ? `, ${formatDate(source.date)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.draft === null ? <p>{t.draftGone}</p> : null}
      {errors[id('form')] ? (
        <p class="field-error" id={id('form')}>
          {errors[id('form')]}
        </p>
      ) : null}
      {open ? (
        <div class="candidate-decide">
          <form method="post" action={proposalPaths.confirm(item.id)} class="finding-confirm" data-action="accept">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="zurueck" value={back} />
            {next !== undefined ? <input type="hidden" name="weiter" value={String(next)} /> : null}
            <Field id={id('title')} label={t.title} errors={errors}>
              <input id={id('title')} name="title" type="text" value={value('title', item.draft!.title)} required {...invalid('title')} />
            </Field>
            <Field id={id('event_date')} label={t.eventDate} errors={errors}>
              <input
                id={id('event_date')}
                name="event_date"
                type="date"
                value={value('event_date', item.draft!.eventDate)}
                required
                {...invalid('event_date')}
              />
            </Field>
            <Field id={id('status_change')} label={t.status} errors={errors}>
              <select id={id('status_change')} name="status_change" {...invalid('status_change')}>
                <option value="" selected={value('status_change', item.draft!.statusChange ?? '') === ''}>
                  {t.noStatus}
                </option>
                {STATUSES.map((status) => (
                  <option value={status} selected={value('status_change', item.draft!.statusChange ?? '') === status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </Field>
            <details class="finding-body" open={Boolean(errors[id('body')])}>
              <summary>
                {t.editBody}
                {which}
              </summary>
              <Field id={id('body')} label={t.body} errors={errors}>
                <textarea id={id('body')} name="body" rows={8} {...invalid('body')}>
                  {value('body', item.draft!.body)}
                </textarea>
              </Field>
            </details>
            <button type="submit">
              {t.confirm}
              {which}
            </button>
          </form>
          <form method="post" action={proposalPaths.reject(item.id)} data-action="reject">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="zurueck" value={back} />
            {next !== undefined ? <input type="hidden" name="weiter" value={String(next)} /> : null}
            <button type="submit" class="danger">
              {t.reject}
              {which}
            </button>
          </form>
          <p class="finding-full-form">
            <a href={`/admin/entwicklungen/${item.draft!.id}`}>
              {t.fullForm}
              {which}
            </a>
          </p>
        </div>
      ) : item.state === 'confirmed' && item.draft ? (
        <p>
          {t.published} <a href={paths.pledge(item.pledge.slug)}>{item.pledge.title}</a>
        </p>
      ) : null}
    </article>
  );
};
