// Runs bin/koalitionstracker as a separate process, as a user would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fullTierOnly } from './tier.ts';

export const BIN = fileURLToPath(new URL('../../bin/koalitionstracker', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string>, stdin?: string, program = BIN): Promise<CliResult> {
  fullTierOnly(`running ${args[0] ?? program} as a process`);
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
