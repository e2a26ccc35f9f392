// `import PATH... [--agreement SLUG] [--title T] [--dry-run] [--reopen] [--chapters-from outline|headings] [--skip-pages 1-3]`:
// chapter files, folders of them, or PDFs into the database.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import type { ChapterSource } from '../formats/pdf/chapters.ts';
import { importAgreementFiles } from '../services/import-agreement.ts';
import { parsePageList } from '../services/import/pdf-files.ts';
import { ensureSearchIndex } from '../services/search-index.ts';
import { importReportLines } from './import-summary.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { pdfPreviewLines } from './pdf-preview.ts';
import { withStore } from './store-context.ts';

export async function runImport(args: string[], config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      agreement: { type: 'string' },
      title: { type: 'string' },
      'dry-run': { type: 'boolean' },
      reopen: { type: 'boolean' },
      'chapters-from': { type: 'string' },
      'skip-pages': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  const chaptersFrom = values['chapters-from'];
  if (chaptersFrom !== undefined && chaptersFrom !== 'outline' && chaptersFrom !== 'headings')
    throw new UsageError('--chapters-from takes outline or headings');
  const skipPages = values['skip-pages'] === undefined ? undefined : parsePageList(values['skip-pages']);
  if (skipPages === null) throw new UsageError('--skip-pages takes pages and ranges, e.g. 1-3,7');
  const title = values.title?.trim();
  if (values.title !== undefined && !title) throw new UsageError('--title needs a title');
  const preview: string[] = [];
  const report = await withStore(config, async ({ db }) => {
    // The import updates the index chapter by chapter: it must start from an index of this version, and
    // leaves one, so that `serve` need not rebuild it. A dry run rolls its index changes back with the rest.
    if (!values['dry-run']) await ensureSearchIndex(db);
    const bar = io.stderrIsTerminal ? new SingleBar({ format: '{stage} [{bar}] {value}/{total} {file}', hideCursor: true }) : undefined;
    let stage = '';
    const show = (name: string, done: number, total: number, file: string) => {
      if (!bar || total < 2) return;
      if (stage !== name) {
        if (stage !== '') bar.stop();
        stage = name;
        bar.start(total, 0, { file, stage: name });
      }
      bar.update(done, { file, stage: name });
    };
    try {
      return await importAgreementFiles(db, positionals, {
        agreementSlug: values.agreement,
        title,
        dryRun: values['dry-run'],
        reopen: values.reopen,
        chaptersFrom: chaptersFrom as ChapterSource | undefined,
        skipPages,
        onPage: (path, done, total) => show('PDF lesen', done, total, `Seite ${done}`),
        onPdf: (path, layout) => {
          if (values['dry-run']) preview.push(...pdfPreviewLines(path, layout));
        },
        onProgress: (done, total, file) => show('Import', done, total, file),
      });
    } finally {
      bar?.stop();
    }
  });
  for (const line of preview) io.out(line);
  for (const warning of report.warnings) io.err(`warning: ${warning}`);
  for (const line of importReportLines(report)) io.out(line);
  return EXIT.ok;
}
