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

type PledgeList = Awaited<ReturnType<typeof loadPledgeAdminList>>;

export const PledgeListPage: FC<{ list: PledgeList }> = ({ list }) => (
  <Layout title="Vorhaben" area="admin" current="pledges">
    <h1>{list.ownOnly ? 'Vorhaben Ihrer Organisation' : 'Vorhaben'}</h1>
    <form method="get" action="/admin/vorhaben" class="filter-form" role="search" aria-label="Vorhaben filtern">
      <TextField name="q" label="Titel enthält" type="search" value={list.filter.text} />
      <SelectField
        name="kapitel"
        label="Kapitel"
        value={list.filter.chapter}
        options={[
          { value: '', label: 'alle Kapitel' },
          ...list.chapters.map((chapter) => ({ value: chapter.slug, label: chapter.heading })),
        ]}
      />
      <SelectField
        name="status"
        label="Status"
        value={list.filter.status}
        options={[{ value: '', label: 'jeder Status' }, ...STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))]}
      />
      <div class="field field-checkbox">
        <input type="checkbox" id="entwuerfe" name="entwuerfe" value="1" checked={list.filter.withDrafts} />
        <label for="entwuerfe">nur mit Entwürfen</label>
      </div>
      <div class="field field-checkbox">
        <input type="checkbox" id="unveroeffentlicht" name="unveroeffentlicht" value="1" checked={list.filter.unpublished} />
        <label for="unveroeffentlicht">{adminMessages.dashboard.unpublishedFilter}</label>
      </div>
      <button type="submit">Filtern</button>
    </form>
    {list.pledges.length === 0 ? (
      <p>Keine Vorhaben gefunden.</p>
    ) : (
      <div class="table-scroll">
        <table>
          <TableHead columns={['Vorhaben', 'Kapitel', 'Status', { text: 'Entwürfe', number: true }, 'Öffentlich']} />
          <tbody>
            {list.pledges.map((pledge) => (
              <tr>
                <td>
                  <a href={`/admin/vorhaben/${pledge.slug}`}>{pledge.title}</a>
                  {pledge.archived ? (
                    <>
                      {' '}
                      <span class="tag">Archiv</span>
                    </>
                  ) : null}
                </td>
                <td>{pledge.chapter_heading}</td>
                <td>
                  <StatusBadge status={pledge.status} />
                </td>
                <td class="number">{pledge.drafts}</td>
                <td>{pledge.published === 1 ? 'ja' : 'nein'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <nav class="actions" aria-label="Seiten">
      {list.filter.page > 1 ? <a href={pledgeListLink(list.filter, list.filter.page - 1)}>Vorherige Seite</a> : null}
      {list.hasMore ? <a href={pledgeListLink(list.filter, list.filter.page + 1)}>Nächste Seite</a> : null}
    </nav>
  </Layout>
);
