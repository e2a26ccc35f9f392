// `/admin/vorhaben`: every pledge with search and filters (GET form, shareable URL).
import type { FC } from 'hono/jsx';
import { STATUSES } from '../../../domain/status.ts';
import type { loadPledgeAdminList } from '../../../services/admin/pledge-list.ts';
import { STATUS_LABELS } from '../../i18n/de.ts';
import { SelectField, TextField } from '../../views/forms.tsx';
import { TableHead } from '../../views/table-head.tsx';
import { Layout } from '../../views/layout.tsx';
import { StatusBadge } from '../../views/status-badge.tsx';
import { pledgeListLink } from './query.ts';
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { Pager } from '../../views/pager.tsx';

const t = adminMessages.pledgeList;

type PledgeList = Awaited<ReturnType<typeof loadPledgeAdminList>>;

export const PledgeListPage: FC<{ list: PledgeList }> = ({ list }) => (
  <Layout title={t.title} area="admin" current="pledges">
    <h1>{list.ownOnly ? t.ownTitle : t.title}</h1>
    <form method="get" action="/admin/vorhaben" class="filter-form" role="search" aria-label={t.filterLabel}>
      <TextField name="q" label={t.text} type="search" value={list.filter.text} />
      <SelectField
        name="kapitel"
        label={t.chapter}
        value={list.filter.chapter}
        options={[
          { value: '', label: t.allChapters },
          ...list.chapters.map((chapter) => ({ value: chapter.slug, label: chapter.heading })),
        ]}
      />
      <SelectField
        name="status"
        label={t.status}
        value={list.filter.status}
        options={[{ value: '', label: t.anyStatus }, ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      />
      <div class="field field-checkbox">
        <input type="checkbox" id="entwuerfe" name="entwuerfe" value="1" checked={list.filter.withDrafts} />
        <label for="entwuerfe">{t.withDrafts}</label>
      </div>
      <div class="field field-checkbox">
        <input type="checkbox" id="unveroeffentlicht" name="unveroeffentlicht" value="1" checked={list.filter.unpublished} />
        <label for="unveroeffentlicht">{adminMessages.dashboard.unpublishedFilter}</label>
      </div>
      <button type="submit">{t.filter}</button>
    </form>
    {list.pledges.length === 0 ? (
      <p>{t.none}</p>
    ) : (
      <div class="table-scroll">
        <table>
          <TableHead columns={[t.title, t.chapter, t.status, { text: t.drafts, number: true }, t.published]} />
          <tbody>
            {list.pledges.map((pledge) => (
              <tr>
                <td>
                  <a href={`/admin/vorhaben/${pledge.slug}`}>{pledge.title}</a>
                  {pledge.archived ? (
                    <>
                      {' '}
                      <span class="tag">{t.archived}</span>
                    </>
                  ) : null}
                </td>
                <td>{pledge.chapter_heading}</td>
                <td>
                  <StatusBadge status={pledge.status} />
                </td>
                <td class="number">{pledge.drafts}</td>
                <td>{pledge.published === 1 ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <Pager
      label={t.pagerLabel}
      previous={list.filter.page > 1 ? { href: pledgeListLink(list.filter, list.filter.page - 1), text: t.previousPage } : undefined}
      next={list.hasMore ? { href: pledgeListLink(list.filter, list.filter.page + 1), text: t.nextPage } : undefined}
    />
  </Layout>
);
