// `mail-worker`: sends the mail outbox until stopped; and the worker that `serve` runs beside the site.
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../log.ts';
import { createMailer } from '../mail/transport.ts';
import { createMailWorker, type MailWorker } from '../services/subscriptions/worker.ts';
import type { Db } from '../store/database.ts';
import { loggedStoreOptions, withStore } from './store-context.ts';
import { EXIT, type Io } from './io.ts';

/** The worker for this configuration, started; undefined (and said in the log) without SMTP_URL. */
export function startMailWorker(config: Config, db: Db, logger: Logger): MailWorker | undefined {
  if (!config.smtpUrl) {
    logger.warn('mail is off: SMTP_URL is not set; subscription and suggestion mails wait in the outbox');
    return undefined;
  }
  const worker = createMailWorker({ db, mailer: createMailer(config.smtpUrl, config.mailFrom), baseUrl: config.baseUrl, log: logger });
  worker.start();
  logger.info({ smtp: new URL(config.smtpUrl).host }, 'mail worker started');
  return worker;
}

export async function runMailWorker(_args: string[], config: Config, io: Io): Promise<number> {
  if (!config.smtpUrl) {
    io.err('mail-worker: SMTP_URL is not set, so there is nowhere to send mail');
    return EXIT.failed;
  }
  const logger = createLogger(config.logLevel);
  return withStore(
    config,
    async (store) => {
      const worker = startMailWorker(config, store.db, logger)!;
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.stop();
      return EXIT.ok;
    },
    loggedStoreOptions(logger),
  );
}
