// The public paths of e-mail subscriptions, and absolute links to them for mails (BASE_URL, language).
import type { MailLocale } from '../../store/schema-mail.ts';

export const subscriptionPaths = {
  subscribe: () => '/abo',
  requested: () => '/abo/gesendet',
  confirm: (secret: string) => `/abo/bestaetigen/${secret}`,
  unsubscribe: (secret: string) => `/abo/abbestellen/${secret}`,
  suggest: (pledgeSlug: string) => `/vorhaben/${encodeURIComponent(pledgeSlug)}/hinweis`,
  suggested: (pledgeSlug: string) => `/vorhaben/${encodeURIComponent(pledgeSlug)}/hinweis/danke`,
};

/** An absolute link for a mail: English readers get the /en pages. */
export function absoluteLink(baseUrl: string, locale: MailLocale, path: string): string {
  return `${baseUrl}${locale === 'en' ? '/en' : ''}${path}`;
}
