// The public paths of e-mail subscriptions, and absolute links to them for mails (BASE_URL, language).
import type { MailLocale } from '../../store/schema-mail.ts';

/** The query parameter of /abo that chooses a scope of each kind. */
export const FOLLOW_PARAMS = { pledge: 'vorhaben', chapter: 'kapitel', topic: 'thema', ministry: 'ministerium' } as const;

export const subscriptionPaths = {
  subscribe: () => '/abo',
  requested: () => '/abo/gesendet',
  confirm: (secret: string) => `/abo/bestaetigen/${secret}`,
  unsubscribe: (secret: string) => `/abo/abbestellen/${secret}`,
  /** The subscribe form with a scope chosen: follow("chapter", "2-2") → /abo?kapitel=2-2. */
  follow: (kind: keyof typeof FOLLOW_PARAMS, slug: string) => `/abo?${FOLLOW_PARAMS[kind]}=${encodeURIComponent(slug)}`,
  suggest: (pledgeSlug: string) => `/vorhaben/${encodeURIComponent(pledgeSlug)}/hinweis`,
  suggested: (pledgeSlug: string) => `/vorhaben/${encodeURIComponent(pledgeSlug)}/hinweis/danke`,
};

/** An absolute link for a mail: English readers get the /en pages. */
export function absoluteLink(baseUrl: string, locale: MailLocale, path: string): string {
  return `${baseUrl}${locale === 'en' ? '/en' : ''}${path}`;
}
