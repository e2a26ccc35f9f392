// `export --format okf|json|csv DIR [--agreement SLUG]`: the tracker as chapter files, or the data files of /daten.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { exportAgreementsAsOkf } from '../services/export-agreement.ts';
import { exportData, type DataFormat } from '../services/export-data.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

const FORMATS = ['okf', 'json', 'csv'];

export async function runExport(args: string[], config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'okf' }, agreement: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('export needs one target folder');
  if (!FORMATS.includes(values.format)) throw new UsageError(`export --format ${values.format}: supported are ${FORMATS.join(', ')}`);
  if (values.format !== 'okf') {
    const today = new Date().toISOString().slice(0, 10);
    const files = await withStore(config, ({ db }) =>
      exportData(db, positionals[0]!, values.format as DataFormat, { baseUrl: config.baseUrl, today }, { agreement: values.agreement }),
    );
    io.out(`Exported ${files.join(', ')} to ${positionals[0]}.`);
    return EXIT.ok;
  }
  const report = await withStore(config, ({ db }) => exportAgreementsAsOkf(db, positionals[0]!, values.agreement));
  for (const warning of report.warnings) io.err(`warning: ${warning}`);
  io.out(`Exported ${report.files.length} chapter files to ${positionals[0]}.`);
  return EXIT.ok;
}
