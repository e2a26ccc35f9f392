// Plain-text mails built from plain data: confirmation, notification, daily digest, suggestion outcome.
// Every mail about a subscription carries its one-click unsubscribe link (RFC 8058) in the headers too.
import type { Status } from '../domain/status.ts';
import { mailMessages, type MailLanguage, type MailMessages } from './messages.ts';

export interface MailContent {
  subject: string;
  body: string;
  headers: Record<string, string>;
}

export type ScopeKind = 'all' | 'pledge' | 'chapter' | 'topic' | 'ministry';
export interface ScopeLabel {
  kind: ScopeKind;
  name: string;
}

/** The scope as the object of a sentence ("zu dem Vorhaben …"), or after "für" ("für das Vorhaben …"). */
export function describeScope(messages: MailMessages, scope: ScopeLabel, form: 'scope' | 'scopeAccusative' = 'scope'): string {
  const forms = messages[form];
  return scope.kind === 'all' ? forms.all : forms[scope.kind](scope.name);
}

function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'Auto-Submitted': 'auto-generated',
  };
}

function paragraphs(...parts: (string | false | undefined)[]): string {
  return `${parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n')}\n`;
}

/** Long development texts are cut at a word; the link leads to the whole. */
function excerpt(text: string, limit = 600): string {
  const flat = text.trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))} …`;
}

export interface ConfirmationMail {
  language: MailLanguage;
  scopes: ScopeLabel[];
  frequency: 'immediate' | 'daily';
  confirmUrl: string;
  cancelUrl: string;
}

export function confirmationMail(mail: ConfirmationMail): MailContent {
  const m = mailMessages(mail.language);
  const scope = mail.scopes.map((label) => describeScope(m, label)).join(', ');
  const subjectScope = mail.scopes.map((label) => describeScope(m, label, 'scopeAccusative')).join(', ');
  return {
    subject: m.confirm.subject(subjectScope),
    body: paragraphs(
      m.greeting,
      m.confirm.intro(scope, m.frequency[mail.frequency]),
      `${m.confirm.action}\n${mail.confirmUrl}`,
      m.confirm.ignore,
      m.signature,
    ),
    headers: unsubscribeHeaders(mail.cancelUrl),
  };
}

export interface DevelopmentEntry {
  pledgeTitle: string;
  title: string;
  eventDate: string;
  /** The status the development gave its Vorhaben, if it changed it. */
  newStatus: Status | null;
  /** The development itself on its Vorhaben's page (its anchor). */
  url: string;
}

export interface MailSource {
  url: string;
  title: string;
  publisher: string | null;
}

export interface NotificationMail {
  language: MailLanguage;
  scope: ScopeLabel;
  development: DevelopmentEntry & { body: string; sources: MailSource[] };
  unsubscribeUrl: string;
}

export function notificationMail(mail: NotificationMail): MailContent {
  const m = mailMessages(mail.language);
  const { development } = mail;
  return {
    subject: m.notification.subject(development.pledgeTitle, development.title),
    body: paragraphs(
      m.greeting,
      m.notification.intro(describeScope(m, mail.scope)),
      [
        development.title,
        m.notification.happened(m.formatDate(development.eventDate)),
        development.newStatus && m.notification.newStatus(m.status[development.newStatus]),
      ]
        .filter(Boolean)
        .join('\n'),
      excerpt(development.body),
      development.sources.length > 0 &&
        `${m.notification.sources}\n${development.sources.map((source) => `* ${source.title}${source.publisher ? ` (${source.publisher})` : ''}\n  ${source.url}`).join('\n')}`,
      `${m.notification.more}\n${development.url}`,
      `${m.unsubscribe}\n${mail.unsubscribeUrl}`,
      m.signature,
    ),
    headers: unsubscribeHeaders(mail.unsubscribeUrl),
  };
}

export interface DigestMail {
  language: MailLanguage;
  entries: DevelopmentEntry[];
  unsubscribeUrl: string;
}

export function digestMail(mail: DigestMail): MailContent {
  const m = mailMessages(mail.language);
  const list = mail.entries
    .map((entry) => {
      const status = entry.newStatus ? `, ${m.digest.newStatus(m.status[entry.newStatus])}` : '';
      return `* ${entry.pledgeTitle}: ${entry.title} (${m.formatDate(entry.eventDate)}${status})\n  ${entry.url}`;
    })
    .join('\n');
  return {
    subject: m.digest.subject(mail.entries.length),
    body: paragraphs(m.greeting, m.digest.intro, list, `${m.unsubscribe}\n${mail.unsubscribeUrl}`, m.signature),
    headers: unsubscribeHeaders(mail.unsubscribeUrl),
  };
}

export interface SuggestionOutcomeMail {
  language: MailLanguage;
  accepted: boolean;
  reason: string | null;
  pledgeTitle: string;
  pledgeUrl: string;
}

export function suggestionOutcomeMail(mail: SuggestionOutcomeMail): MailContent {
  const m = mailMessages(mail.language).suggestion;
  const { greeting, signature } = mailMessages(mail.language);
  return {
    subject: m.subject(mail.pledgeTitle),
    body: paragraphs(
      greeting,
      mail.accepted ? m.accepted(mail.pledgeTitle) : m.rejected(mail.pledgeTitle),
      !mail.accepted && mail.reason ? `${m.reason}\n${mail.reason}` : undefined,
      `${m.pledge}\n${mail.pledgeUrl}`,
      m.once,
      signature,
    ),
    headers: { 'Auto-Submitted': 'auto-replied' },
  };
}
