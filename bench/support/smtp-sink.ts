// An SMTP server on loopback that accepts every mail, counts it and throws the body away: the far
// end of the mail benchmarks, cheap enough not to be what is measured.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  /** Mails received so far. */
  readonly count: number;
  /** Resolves once `count` mails have arrived, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let count = 0;
  let waiting: { count: number; resolve: () => void } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        count += 1;
        if (waiting && count >= waiting.count) waiting.resolve();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    waitFor(target, timeoutMs) {
      if (count >= target) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${count} of ${target} mails after ${timeoutMs} ms`)), timeoutMs);
        waiting = { count: target, resolve: () => (clearTimeout(timer), resolve()) };
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
