// `/admin/regierungen`: every government with its agreements; admins archive and reopen them here.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import type { GovernmentRow } from '../../../services/governments.ts';
import { Notice, SwitchForm } from '../../views/forms.tsx';
import { TableHead } from '../../views/table-head.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.governments;

export const GovernmentsPage: FC<{ governments: GovernmentRow[]; csrfToken: string; notice?: string }> = ({
  governments,
  csrfToken,
  notice,
}) => (
  <Layout title={t.heading} area="admin" current="governments">
    <h1>{t.heading}</h1>
    <Notice message={notice} />
    <p>{t.intro}</p>
    {governments.length === 0 ? (
      <p>{t.noGovernments}</p>
    ) : (
      <div class="table-scroll">
        <table>
          <TableHead columns={[t.government, t.parties, t.term, t.agreements, t.state, t.action]} />
          <tbody>
            {governments.map((government) => (
              <tr id={`regierung-${government.id}`} class={government.archived ? 'is-disabled' : undefined}>
                <th scope="row">{government.name}</th>
                <td>{government.parties.join(', ') || t.none}</td>
                <td>{t.termOf(government.termStart, government.termEnd)}</td>
                <td>{government.agreements.map((agreement) => agreement.title).join('; ') || t.none}</td>
                <td>{government.archived ? <strong>{t.archived}</strong> : t.active}</td>
                <td>
                  <SwitchForm
                    action={`/admin/regierungen/${government.id}/${government.archived ? 'wieder-oeffnen' : 'archivieren'}`}
                    csrfToken={csrfToken}
                    text={government.archived ? t.reopen : t.archive}
                    label={government.archived ? t.reopenLabel(government.name) : t.archiveLabel(government.name)}
                    danger={!government.archived}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Layout>
);
