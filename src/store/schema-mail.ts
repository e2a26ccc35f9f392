// Tables of e-mail subscriptions: subscriptions with their hashed link tokens, the durable events that
// mails are made from, pending digest entries and the mail outbox.
import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<string, string | undefined, never>;

export type SubscriptionScope = 'all' | 'pledge' | 'chapter' | 'topic' | 'ministry';
export type MailFrequency = 'immediate' | 'daily';
export type MailLocale = 'de' | 'en';

export interface SubscriptionTable {
  id: Generated<number>;
  email: string;
  locale: MailLocale;
  scope_type: SubscriptionScope;
  /** The pledge, chapter, topic or ministry id; 0 for `all`, so the unique index also covers it. */
  scope_id: number;
  frequency: MailFrequency;
  confirmed_at: string | null;
  created_at: CreatedAt;
}

export type TokenPurpose = 'confirm' | 'unsubscribe';

/** A link secret, stored as its SHA-256; one secret may cover several subscriptions (a digest). */
export interface SubscriptionTokenTable {
  token_hash: string;
  subscription_id: number;
  purpose: TokenPurpose;
  created_at: string;
}

/** `suggestion_received`: a suggestion arrived, for the editors who asked to be mailed. */
export type MailEventKind = 'published' | 'suggestion_decided' | 'suggestion_received';

/** Written in the transaction of the change it reports; the worker turns it into mail once. */
export interface MailEventTable {
  id: Generated<number>;
  kind: MailEventKind;
  subject_id: number;
  created_at: string;
  processed_at: string | null;
}

/** A published development waiting for the subscriber's next daily digest. */
export interface DigestItemTable {
  subscription_id: number;
  update_id: number;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

export interface OutboxTable {
  id: Generated<number>;
  /** One mail per key, whoever enqueues it and however often. */
  dedup_key: string;
  recipient: string;
  subject: string;
  body: string;
  headers: string; // JSON object of extra headers
  /** The unsubscribe token of the mail: once it is gone, the mail is no longer wanted. */
  unsubscribe_hash: string | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  /** No worker touches the row before this time: the lease of a claim, or the retry backoff. */
  locked_until: string;
  created_at: string;
  sent_at: string | null;
}

/** The language a suggester wrote in, so the outcome mail speaks it too. */
export interface SuggestionLocaleTable {
  suggestion_id: number;
  locale: MailLocale;
}

export interface MailTables {
  subscriptions: SubscriptionTable;
  suggestion_locales: SuggestionLocaleTable;
  subscription_tokens: SubscriptionTokenTable;
  mail_events: MailEventTable;
  digest_items: DigestItemTable;
  mail_outbox: OutboxTable;
}

export type Subscription = Selectable<SubscriptionTable>;
export type OutboxMail = Selectable<OutboxTable>;
export type MailEvent = Selectable<MailEventTable>;
