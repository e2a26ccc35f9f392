// A server started as its own process: waits for the line with its URL, keeping all it printed.
import type { ChildProcess } from 'node:child_process';
import { fullTierOnly } from './tier.ts';

export interface Listening {
  url: string;
  /** Everything the process printed so far, on stdout and stderr. */
  log: () => string;
}

/** Resolves once the process logs "läuft auf URL"; rejects if it exits or stays silent for `timeoutMs`. */
export function untilListening(child: ChildProcess, timeoutMs = 30_000): Promise<Listening> {
  fullTierOnly('a server process');
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /läuft auf (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, log: () => output });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
