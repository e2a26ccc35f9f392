// How commands talk to the terminal: results on stdout, messages on stderr.

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input as text, for secrets that must not appear in argv. */
  readStdin(): Promise<string>;
  stderrIsTerminal: boolean;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stderrIsTerminal: Boolean(process.stderr.isTTY),
};

/** A command's exit code: 0 done, 1 failed on its input, 2 called wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}
