// `backup FILE` and `restore FILE`: the whole database into one file and back.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../store/backup.ts';
import { EXIT, UsageError, type Io } from './io.ts';

function fileArgument(command: string, args: string[]): string {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(`${command} needs one file`);
  return positionals[0]!;
}

/** A refusal is one line naming the file; anything else goes to main's error report. */
async function reporting(io: Io, work: () => Promise<string>): Promise<number> {
  try {
    io.out(await work());
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    io.err(error.message);
    return EXIT.failed;
  }
}

export function runBackup(args: string[], config: Config, io: Io): Promise<number> {
  const file = fileArgument('backup', args);
  return reporting(io, async () => {
    const report = await backupDatabase(config.databaseUrl, file, config.toolEnvironment);
    return `Backed up the database to ${report.file} (${(report.bytes / 1024).toFixed(0)} KB).`;
  });
}

export function runRestore(args: string[], config: Config, io: Io): Promise<number> {
  const file = fileArgument('restore', args);
  return reporting(io, async () => {
    const report = await restoreDatabase(config.databaseUrl, file, config.toolEnvironment);
    const kept = report.previous ? ` The replaced database is kept as ${report.previous}.` : '';
    const migrated = report.migrated.length > 0 ? ` Brought up to date: ${report.migrated.join(', ')}.` : '';
    return `Restored the database from ${report.file}.${migrated}${kept}`;
  });
}
