// `import PATH... [--agreement SLUG]`: chapter files or folders into the database.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { importAgreementFiles, type ImportReport } from '../services/import-agreement.ts';
import { ensureSearchIndex } from '../services/search-index.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runImport(args: string[], config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { agreement: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  const report = await withStore(config, async ({ db }) => {
    // The import updates the index chapter by chapter: it must start from an index of this version, and
    // leaves one, so that `serve` need not rebuild it.
    await ensureSearchIndex(db);
    const bar = io.stderrIsTerminal ? new SingleBar({ format: 'Import [{bar}] {value}/{total} {file}', hideCursor: true }) : undefined;
    try {
      return await importAgreementFiles(db, positionals, {
        agreementSlug: values.agreement,
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
  io.out(summarise(report));
  return EXIT.ok;
}

function summarise(report: ImportReport): string {
  const { chapters, pledges } = report;
  const files = chapters.created + chapters.changed + chapters.unchanged;
  return (
    `Imported ${files} chapter file${files === 1 ? '' : 's'} into ${report.agreements.join(', ')}: ` +
    `${chapters.created} new, ${chapters.changed} changed, ${chapters.unchanged} unchanged; ` +
    `Vorhaben: ${pledges.created} new, ${pledges.changed} changed; developments: ${report.updatesCreated} new.`
  );
}
