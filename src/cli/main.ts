// Dispatches `koalitionstracker COMMAND ...` and turns failures into one clear line and an exit code.
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { ImportRejected } from '../services/import-agreement.ts';
import { DatabaseUrlError } from '../store/database.ts';
import { MigrationError } from '../store/migrate.ts';
import { EXIT, processIo, UsageError, type Io } from './io.ts';

type Command = (args: string[], config: Config, io: Io) => Promise<number>;

/** Commands load their modules only when called, so `import` does not pay for the web stack. */
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  import: {
    load: async () => (await import('./import.ts')).runImport,
    usage:
      'import PATH... [--agreement SLUG] [--title T] [--dry-run] [--reopen] [--chapters-from outline|headings] [--skip-pages 1-3]   chapter files (OKF Markdown), PDFs, or folders of them; --dry-run prints the chapters found and what would change, and writes nothing',
  },
  export: {
    load: async () => (await import('./export.ts')).runExport,
    usage:
      'export --format okf|json|csv DIR [--agreement SLUG]   chapter files with statements from the tracker (okf), or the data files of /daten',
  },
  extract: {
    load: async () => (await import('./extract.ts')).runExtract,
    usage:
      "extract FILE [--json] [--chapters-from outline|headings] [--skip-pages 1-3]   the extractor's candidates for one chapter file, or for every chapter of a PDF with its page and lines",
  },
  serve: {
    load: async () => (await import('./serve.ts')).runServe,
    usage: 'serve [--port N] [--workers N]   serve the public site; --workers: processes on the one port (default: one per core)',
  },
  start: {
    load: async () => (await import('./serve.ts')).runStart,
    usage: 'start [--port N] [--workers N]   migrate, import the demo chapter into an empty database, serve',
  },
  user: {
    load: async () => (await import('./user.ts')).runUser,
    usage: 'user add --email E --role admin|editor|expert [--organisation NAME]   password on stdin',
  },
  'export-site': {
    load: async () => (await import('./export-site.ts')).runExportSite,
    usage: 'export-site DIR   the public site as static files for any static host',
  },
  migrate: { load: async () => (await import('./migrate.ts')).runMigrate, usage: 'migrate   bring the database schema up to date' },
  'mail-worker': {
    load: async () => (await import('./mail-worker.ts')).runMailWorker,
    usage: 'mail-worker   send the mail outbox (also runs inside serve and start)',
  },
  backup: {
    load: async () => (await import('./backup.ts')).runBackup,
    usage: 'backup FILE   the whole database into a new file, also while the server runs',
  },
  restore: {
    load: async () => (await import('./backup.ts')).runRestore,
    usage: 'restore FILE   replace the database with a backup (stop the server first)',
  },
  discover: {
    load: async () => (await import('./discover.ts')).runDiscover,
    usage:
      'discover [--since DATE] [--json] [--rematch]   one pass of evidence discovery (DIP and feeds); prints the proposals made, --json as a JSON array',
  },
  housekeeping: {
    load: async () => (await import('./housekeeping.ts')).runHousekeepingCommand,
    usage: 'housekeeping   delete what is past its time (docs/privacy.md), e.g. from cron; serve does it hourly too',
  },
};

function usageText(): string {
  const lines = Object.values(COMMANDS).map((command) => `  koalitionstracker ${command.usage}`);
  return ['Usage:', ...lines].join('\n');
}

export async function main(argv: string[], io: Io = processIo, env?: Record<string, string | undefined>): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.err(`no command given\n${usageText()}`);
    return EXIT.usage;
  }
  if (name === '--help' || name === 'help') {
    io.out(usageText());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n${usageText()}`);
    return EXIT.usage;
  }
  try {
    const run = await command.load();
    return await run(args, loadConfig(env), io);
  } catch (error) {
    return report(error, command.usage, io);
  }
}

function report(error: unknown, usage: string, io: Io): number {
  if (error instanceof ImportRejected) {
    for (const problem of error.errors) io.err(problem.message);
    io.err(`Nothing was imported: ${error.errors.length} problem${error.errors.length === 1 ? '' : 's'} to fix first.`);
    return EXIT.failed;
  }
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`${(error as Error).message}\nUsage: koalitionstracker ${usage}`);
    return EXIT.usage;
  }
  if (error instanceof AppError || error instanceof ConfigError || error instanceof DatabaseUrlError || error instanceof MigrationError) {
    io.err(error.message);
    return EXIT.failed;
  }
  io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failed;
}
