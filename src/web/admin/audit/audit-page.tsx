// `/admin/protokoll`: the audit log with a GET filter form, newest first, paged by "ältere Einträge".
import { adminMessages, formatDateTime } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { AuditFilterValues, AuditLog } from '../../../services/admin/audit-log.ts';
import { AUDIT_PARAMS } from './query.ts';
import { ErrorSummary, SelectField, TextField, type FieldErrors } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { ChangeList } from './change-list.tsx';
import { Pager } from '../../views/pager.tsx';

const ACTION_LABELS = adminMessages.actionLabels;
const t = adminMessages.audit;
const ENTITY_LABELS = adminMessages.entityLabels;

/** Where the changed record can be looked at, for the kinds of record that have a page by id. */
function entityPath(type: string, id: number | null): string | undefined {
  if (id === null) return undefined;
  if (type === 'suggestion') return `/admin/hinweise/${id}`;
  if (type === 'update') return `/admin/entwicklungen/${id}`;
  if (type === 'source') return `/admin/quellen#quelle-${id}`;
  return undefined;
}

/** The log with the current filter, from the newest entry or from older than `before`. */
function filterPath(log: AuditLog, before?: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(log.filter)) if (value) query.set(AUDIT_PARAMS[name as keyof AuditFilterValues], value);
  if (before !== undefined) query.set(AUDIT_PARAMS.before, String(before));
  const text = query.toString();
  return `/admin/protokoll${text ? `?${text}` : ''}`;
}

const FilterForm: FC<{ log: AuditLog; errors?: FieldErrors }> = ({ log, errors }) => {
  const any = { value: '', label: t.any };
  return (
    <form method="get" action="/admin/protokoll" class="audit-filter" aria-labelledby="filter-heading">
      <h2 id="filter-heading" class="visually-hidden">
        {t.filterHeading}
      </h2>
      <SelectField
        name="benutzer"
        label={t.user}
        value={log.filter.user}
        errors={errors}
        options={[any, ...log.options.users.map((user) => ({ value: String(user.id), label: user.email }))]}
      />
      <SelectField
        name="typ"
        label={t.entityType}
        value={log.filter.entityType}
        errors={errors}
        options={[any, ...log.options.entityTypes.map((type) => ({ value: type, label: ENTITY_LABELS[type] ?? type }))]}
      />
      <SelectField
        name="aktion"
        label={t.action}
        value={log.filter.action}
        errors={errors}
        options={[any, ...log.options.actions.map((action) => ({ value: action, label: ACTION_LABELS[action] ?? action }))]}
      />
      <TextField name="vorhaben" label={t.pledge} hint={t.pledgeHint} value={log.filter.pledge} errors={errors} />
      <TextField name="von" label={t.from} type="date" value={log.filter.from} errors={errors} />
      <TextField name="bis" label={t.to} type="date" value={log.filter.to} errors={errors} />
      <div class="actions">
        <button type="submit">{t.apply}</button>
        <a href="/admin/protokoll">{t.reset}</a>
      </div>
    </form>
  );
};

export const AuditPage: FC<{ log: AuditLog; errors?: FieldErrors }> = ({ log, errors }) => (
  <Layout title={t.heading} area="admin" current="audit">
    <h1>{t.heading}</h1>
    <p class="lead">{t.intro}</p>
    <ErrorSummary errors={errors} />
    <FilterForm log={log} errors={errors} />
    {log.entries.length === 0 ? <p>{t.noEntries}</p> : null}
    <ol class="audit-list">
      {log.entries.map((entry) => (
        <li id={`eintrag-${entry.id}`} class="audit-entry">
          <p class="meta">
            <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
            {' · '}
            <span class="audit-user">{entry.user ?? t.system}</span>
            {' · '}
            <span class="audit-action">{ACTION_LABELS[entry.action] ?? entry.action}</span>
            {' · '}
            <span class="audit-entity">
              {entityPath(entry.entityType, entry.entityId) ? (
                <a href={entityPath(entry.entityType, entry.entityId)}>{t.entity(entry.entityType, entry.entityId)}</a>
              ) : (
                t.entity(entry.entityType, entry.entityId)
              )}
            </span>
          </p>
          <p class="audit-summary">{entry.summary}</p>
          <ChangeList changes={entry.changes} />
        </li>
      ))}
    </ol>
    <Pager
      label={t.heading}
      previous={log.isOlderPage ? { href: filterPath(log), text: t.newest } : undefined}
      next={log.olderThan !== null ? { href: filterPath(log, log.olderThan), text: t.older } : undefined}
    />
  </Layout>
);
