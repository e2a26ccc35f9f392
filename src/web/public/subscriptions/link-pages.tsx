// The pages behind the links in our mails, and the one after a request: each says what it is about
// and acts only on the button (a POST), so link scanners in mail systems change nothing.
import type { FC } from 'hono/jsx';
import type { ScopeLabel } from '../../../mail/templates.ts';
import { subscriptionPaths } from '../../../services/subscriptions/paths.ts';
import { CsrfField } from '../../views/forms.tsx';
import { Layout } from '../../views/layout.tsx';
import { usePageContext } from '../../views/page-context.ts';
import { useSubscriptionMessages, type SubscriptionMessages } from './messages.ts';

export function scopeText(t: SubscriptionMessages, scope: ScopeLabel): string {
  return scope.kind === 'all' ? t.scope.all : t.scope[scope.kind](scope.name);
}

const ScopeList: FC<{ scopes: ScopeLabel[] }> = ({ scopes }) => {
  const t = useSubscriptionMessages();
  return (
    <ul>
      {scopes.map((scope) => (
        <li>{scopeText(t, scope)}</li>
      ))}
    </ul>
  );
};

export const RequestedPage: FC = () => {
  const t = useSubscriptionMessages();
  return (
    <Layout title={t.requested.title}>
      <h1>{t.requested.title}</h1>
      <p>{t.requested.text}</p>
    </Layout>
  );
};

export const InvalidLinkPage: FC = () => {
  const t = useSubscriptionMessages();
  const { href } = usePageContext();
  return (
    <Layout title={t.invalidLink.title}>
      <h1>{t.invalidLink.title}</h1>
      <p>{t.invalidLink.text}</p>
      <p>
        <a href={href(subscriptionPaths.subscribe())}>{t.page.title}</a>
      </p>
    </Layout>
  );
};

type LinkAction = 'confirm' | 'unsubscribe';

/** The question: what the link is about, and the button that does it. */
export const LinkActionPage: FC<{ action: LinkAction; secret: string; scopes: ScopeLabel[]; csrfToken?: string }> = ({
  action,
  secret,
  scopes,
  csrfToken,
}) => {
  const t = useSubscriptionMessages()[action];
  const { href } = usePageContext();
  const path = action === 'confirm' ? subscriptionPaths.confirm(secret) : subscriptionPaths.unsubscribe(secret);
  return (
    <Layout title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <ScopeList scopes={scopes} />
      <form method="post" action={href(path)}>
        {csrfToken ? <CsrfField token={csrfToken} /> : null}
        <button type="submit">{t.submit}</button>
      </form>
    </Layout>
  );
};

export const LinkDonePage: FC<{ action: LinkAction; scopes: ScopeLabel[] }> = ({ action, scopes }) => {
  const messages = useSubscriptionMessages();
  const t = messages[action];
  const { href } = usePageContext();
  return (
    <Layout title={t.done}>
      <h1>{t.done}</h1>
      <p>{t.doneText}</p>
      <ScopeList scopes={scopes} />
      {action === 'unsubscribe' ? (
        <p>
          <a href={href(subscriptionPaths.subscribe())}>{messages.unsubscribe.again}</a>
        </p>
      ) : null}
    </Layout>
  );
};
