// `import PATH... [--agreement SLUG] [--dry-run] [--reopen]`: chapter files or folders into the database.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { importAgreementFiles } from '../services/import-agreement.ts';
import { ensureSearchIndex } from '../services/search-index.ts';
import { importReportLines } from './import-summary.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runImport(args: string[], config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { agreement: { type: 'string' }, 'dry-run': { type: 'boolean' }, reopen: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  const report = await withStore(config, async ({ db }) => {
    // The import updates the index chapter by chapter: it must start from an index of this version, and
    // leaves one, so that `serve` need not rebuild it. A dry run rolls its index changes back with the rest.
    if (!values['dry-run']) await ensureSearchIndex(db);
    const bar = io.stderrIsTerminal ? new SingleBar({ format: 'Import [{bar}] {value}/{total} {file}', hideCursor: true }) : undefined;
    try {
      return await importAgreementFiles(db, positionals, {
        agreementSlug: values.agreement,
        dryRun: values['dry-run'],
        reopen: values.reopen,
        onProgress: (done, total, file) => {
          if (!bar || total < 2) return;
          if (done === 1) bar.start(total, 0, { file });
          bar.update(done, { file });
        },
      });
    } finally {
      bar?.stop();
    }
  });
  for (const warning of report.warnings) io.err(`warning: ${warning}`);
  for (const line of importReportLines(report)) io.out(line);
  return EXIT.ok;
}
