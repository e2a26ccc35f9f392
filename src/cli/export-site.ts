// `export-site DIR`: the whole public site as static files for any static host or CDN.
import { existsSync, readdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { createApp } from '../web/app.tsx';
import { exportStaticSite } from '../web/static-site.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runExportSite(args: string[], config: Config, io: Io): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError('export-site needs one target folder');
  const directory = args[0]!;
  if (existsSync(directory) && readdirSync(directory).length > 0)
    throw new UsageError(`${directory}: the folder is not empty; choose a new or empty one`);
  const report = await withStore(config, ({ db }) =>
    exportStaticSite(createApp(config, db, { pageCache: false, staticSite: true }), directory, config.baseUrl),
  );
  for (const broken of report.brokenLinks) io.err(`broken link: ${broken.from} → ${broken.to} (HTTP ${broken.status})`);
  io.out(`Wrote ${report.files} files to ${directory}.`);
  if (report.linksWithQuery > 0)
    io.out(`${report.linksWithQuery} links carry filters or a search; a static host shows the page without them.`);
  return report.brokenLinks.length > 0 ? EXIT.failed : EXIT.ok;
}
