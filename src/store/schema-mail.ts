// Tables of e-mail follow: subscriptions and the mail outbox.

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MailTables {}
