// Dispatches `koalitionstracker COMMAND ...` and turns failures into one clear line and an exit code.
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { AppError } from '../domain/errors.ts';
import { ImportRejected } from '../services/import-agreement.ts';
import { DatabaseUrlError } from '../store/database.ts';
import { MigrationError } from '../store/migrate.ts';
import * as exportCommand from './export.ts';
import * as importCommand from './import.ts';
import { EXIT, processIo, UsageError, type Io } from './io.ts';
import * as migrateCommand from './migrate.ts';
import * as serveCommand from './serve.ts';

type Command = (args: string[], config: Config, io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  import: { run: importCommand.runImport, usage: importCommand.usage },
  export: { run: exportCommand.runExport, usage: exportCommand.usage },
  serve: { run: serveCommand.runServe, usage: serveCommand.usage },
  start: { run: serveCommand.runStart, usage: serveCommand.startUsage },
  migrate: { run: migrateCommand.runMigrate, usage: migrateCommand.usage },
};

function usageText(): string {
  const lines = Object.values(COMMANDS).map((command) => `  koalitionstracker ${command.usage}`);
  return ['Usage:', ...lines].join('\n');
}

export async function main(argv: string[], io: Io = processIo, env?: Record<string, string | undefined>): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.out(usageText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n${usageText()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, loadConfig(env), io);
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
