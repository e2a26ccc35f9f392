// Hands finished mails to the SMTP server named by SMTP_URL (nodemailer). Connections are pooled
// and reused from mail to mail while there is work; `close` lets them go until the next send.
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface Mailer {
  /** How many mails may be handed over at once (one per pooled connection). */
  readonly connections: number;
  send(mail: OutgoingMail): Promise<void>;
  /** Closes the open connections; a later send opens new ones. */
  close(): void;
}

export const SMTP_CONNECTIONS = 4;

export function createMailer(smtpUrl: string, from: string, timeoutMs = 20_000, connections = SMTP_CONNECTIONS): Mailer {
  let transport: Transporter | undefined;
  const open = () =>
    nodemailer.createTransport(
      {
        url: smtpUrl,
        pool: true,
        maxConnections: connections,
        maxMessages: Infinity,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      },
      { from },
    );
  return {
    connections,
    async send(mail) {
      transport ??= open();
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
    },
    close() {
      transport?.close();
      transport = undefined;
    },
  };
}
