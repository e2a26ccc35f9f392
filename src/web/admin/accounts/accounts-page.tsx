// `/admin/konten`: every account with its role and state; admins disable and enable them here.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import type { FC } from 'hono/jsx';
import { Notice, SwitchForm } from '../../views/forms.tsx';
import { TableHead } from '../../views/table-head.tsx';
import { Layout } from '../../views/layout.tsx';

const t = adminMessages.accounts;
const ROLE_LABELS = adminMessages.roleLabels;

export interface AccountRow {
  id: number;
  email: string;
  role: keyof typeof ROLE_LABELS;
  organisation?: string | null;
  disabled: boolean;
}

export const AccountsPage: FC<{ accounts: AccountRow[]; selfId: number; csrfToken: string; notice?: string; error?: string }> = ({
  accounts,
  selfId,
  csrfToken,
  notice,
  error,
}) => (
  <Layout title={t.heading} area="admin" current="users">
    <h1>{t.heading}</h1>
    <Notice message={notice} />
    {error ? (
      <p class="error-summary" role="alert">
        {error}
      </p>
    ) : null}
    <div class="table-scroll">
      <table class="accounts-table">
        <TableHead columns={[t.email, t.role, t.organisation, t.state, t.action]} />
        <tbody>
          {accounts.map((account) => (
            <tr id={`konto-${account.id}`} class={account.disabled ? 'is-disabled' : undefined}>
              <th scope="row">{account.email}</th>
              <td>{ROLE_LABELS[account.role]}</td>
              <td>{account.organisation ?? t.none}</td>
              <td>{account.disabled ? <strong>{t.disabled}</strong> : t.active}</td>
              <td>
                {account.id === selfId ? (
                  t.self
                ) : (
                  <SwitchForm
                    action={`/admin/konten/${account.id}/${account.disabled ? 'entsperren' : 'sperren'}`}
                    csrfToken={csrfToken}
                    text={account.disabled ? t.enable : t.disable}
                    label={account.disabled ? t.enableLabel(account.email) : t.disableLabel(account.email)}
                    danger={!account.disabled}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <p class="hint">{t.newAccounts}</p>
  </Layout>
);
