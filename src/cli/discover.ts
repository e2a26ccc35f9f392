// `discover [--since DATE] [--json] [--rematch]`: one pass of evidence discovery over all sources; prints
// the proposals it made (with --json as a JSON array), and one line on stderr per source that failed.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { isCalendarDate } from '../domain/calendar-date.ts';
import type { DiscoveryReport } from '../services/discovery/run.ts';
import { runDiscoveryExclusively } from '../services/discovery/schedule.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { withStore } from './store-context.ts';

export async function runDiscover(args: string[], config: Config, io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { since: { type: 'string' }, json: { type: 'boolean' }, rematch: { type: 'boolean' } } });
  if (values.since !== undefined && !isCalendarDate(values.since))
    throw new UsageError(`--since ${values.since}: expected a date YYYY-MM-DD`);
  if (!config.dipApiKey)
    io.err("DIP: DIP_API_KEY is not set, so the Bundestag's DIP is not searched; the feeds are (see docs/evidence.md for a key)");
  const report = await withStore(config, async ({ db }) => {
    const bar = io.stderrIsTerminal
      ? new SingleBar({ format: 'Discover [{bar}] {value}/{total} {label}', hideCursor: true, clearOnComplete: true })
      : undefined;
    let started = false;
    try {
      return await runDiscoveryExclusively(
        db,
        { dipApiUrl: config.dipApiUrl, dipApiKey: config.dipApiKey, userAgent: config.userAgent },
        {
          now: new Date(),
          since: values.since,
          rematch: values.rematch,
          onProgress: (done, total, label) => {
            if (!bar) return;
            if (!started) bar.start(total, done, { label });
            started = true;
            bar.update(done, { label: label.slice(0, 60) });
          },
        },
      );
    } finally {
      bar?.stop();
    }
  });
  for (const source of report.sources) if (source.error !== null) io.err(`${source.title}: ${source.error}`);
  if (values.json) io.out(JSON.stringify(report.proposals, null, 2));
  else for (const line of summaryLines(report)) io.out(line);
  return report.sources.some((source) => source.error !== null) ? EXIT.failed : EXIT.ok;
}

function summaryLines(report: DiscoveryReport): string[] {
  const lines = report.sources.map((source) => {
    if (source.error !== null) return `${source.title}: failed`;
    if (source.notModified) return `${source.title}: not modified since the last run`;
    return `${source.title}: ${source.documents} ${source.kind === 'dip' ? 'Vorgänge' : 'items'} read, ${source.changed} new or changed`;
  });
  lines.push(
    `Matched ${report.matched} document${report.matched === 1 ? '' : 's'}: ${report.proposals.length} proposal${report.proposals.length === 1 ? '' : 's'} made.`,
  );
  for (const proposal of report.proposals) {
    lines.push(
      `  ${proposal.pledge}: ${proposal.status ?? 'no status'} – ${proposal.title} (${proposal.date}, score ${proposal.score}) ${proposal.source_url}`,
    );
  }
  return lines;
}
