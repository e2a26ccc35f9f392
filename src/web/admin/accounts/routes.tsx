// Back-office routes: accounts (admins), one's own password and mail notifications.
import { adminMessages } from '../../i18n/admin/catalogue.ts';
import { Hono, type Context } from 'hono';
import { TooManyRequestsError, ValidationError } from '../../../domain/errors.ts';
import { errorMessage, fieldText } from '../../i18n/errors.ts';
import { changePassword, listAccounts, setUserDisabled } from '../../../services/accounts.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { fieldErrors, formOf } from '../form-input.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { AccountsPage } from './accounts-page.tsx';
import { PasswordPage } from './password-page.tsx';
import { NotificationsPage } from './notifications-page.tsx';
import { loadNotificationSettings, NOTIFICATIONS_PATH, saveNotificationSettings } from '../../../services/admin/notifications.ts';

const accountStrings = adminMessages.accounts;

const NOTICES: Record<string, string> = { gesperrt: accountStrings.didDisable, entsperrt: accountStrings.didEnable };

export function accountRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/passwort', (c) => render(c, <PasswordPage csrfToken={actorOf(c).csrfToken} changed={c.req.query('geaendert') === '1'} />));

  routes.post('/passwort', async (c) => {
    const actor = actorOf(c);
    try {
      await changePassword(db, actor, await formOf(c), clock());
    } catch (error) {
      if (error instanceof ValidationError) return render(c, <PasswordPage csrfToken={actor.csrfToken} errors={fieldErrors(error)} />, 422);
      if (error instanceof TooManyRequestsError) {
        c.header('Retry-After', String(error.retryAfterSeconds));
        return render(c, <PasswordPage csrfToken={actor.csrfToken} errors={{ current: errorMessage(error, 'de') }} />, 429);
      }
      throw error;
    }
    return c.redirect('/admin/passwort?geaendert=1', 303);
  });

  routes.get('/benachrichtigungen', requirePermission('content.edit'), async (c) => {
    const actor = actorOf(c);
    return render(
      c,
      <NotificationsPage
        csrfToken={actor.csrfToken}
        settings={await loadNotificationSettings(db, actor)}
        saved={c.req.query('gespeichert') === '1'}
      />,
    );
  });

  routes.post('/benachrichtigungen', requirePermission('content.edit'), async (c) => {
    await saveNotificationSettings(db, actorOf(c), await formOf(c), clock());
    return c.redirect(`${NOTIFICATIONS_PATH}?gespeichert=1`, 303);
  });

  const accountsPage = async (c: Context<AppEnv>, messages: { notice?: string; error?: string }, status = 200) => {
    const actor = actorOf(c);
    return render(
      c,
      <AccountsPage accounts={await listAccounts(db, actor)} selfId={actor.id} csrfToken={actor.csrfToken} {...messages} />,
      status,
    );
  };

  routes.get('/konten', requirePermission('users.manage'), (c) => accountsPage(c, { notice: NOTICES[c.req.query('erledigt') ?? ''] }));

  for (const [path, disabled] of [
    ['sperren', true],
    ['entsperren', false],
  ] as const) {
    routes.post(`/konten/:id{[0-9]{1,9}}/${path}`, requirePermission('users.manage'), async (c) => {
      const id = Number(c.req.param('id'));
      try {
        await setUserDisabled(db, actorOf(c), id, disabled, clock());
      } catch (error) {
        if (error instanceof ValidationError) return accountsPage(c, { error: error.issues.map(fieldText).join(' ') }, 422);
        throw error;
      }
      return c.redirect(`/admin/konten?erledigt=${disabled ? 'gesperrt' : 'entsperrt'}#konto-${id}`, 303);
    });
  }

  return routes;
}
