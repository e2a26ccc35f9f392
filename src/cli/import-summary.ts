// How `import` tells what it did (or on --dry-run would do): per chapter and Vorhaben, field by field.
import type { ImportReport } from '../services/import-agreement.ts';
import type { PledgeEntry } from '../services/import/import-report.ts';
import type { FieldDifference } from '../services/import/statement-diff.ts';

/**
 * The lines to print. A dry run lists every new, changed and skipped chapter and Vorhaben; a real
 * run lists changed and skipped Vorhaben (new ones are in the count). Skipped ones always say why.
 */
export function importReportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.dryRun) {
    for (const chapter of report.chapterEntries) {
      lines.push(`${chapter.file}: chapter ${chapter.outcome}${chapter.fields.length > 0 ? `: ${chapter.fields.join(', ')}` : ''}`);
    }
  }
  for (const entry of report.pledgeEntries) {
    if (entry.outcome === 'new' && !report.dryRun) continue;
    if (entry.outcome === 'unchanged' && !report.dryRun) continue;
    lines.push(pledgeLine(entry));
  }
  lines.push(summaryLine(report));
  return lines;
}

function pledgeLine(entry: PledgeEntry): string {
  const name = `${entry.file}:${entry.line}: Vorhaben "${entry.id}"${entry.slug === entry.id ? '' : ` (${entry.slug})`}`;
  const kept = entry.kept.length > 0 ? `; kept the tracker's ${fieldList(entry.kept)} (unchanged in the file since its last import)` : '';
  switch (entry.outcome) {
    case 'new':
      return `${name}: new`;
    case 'changed':
      return `${name}: changed ${fieldList(entry.fields)}${kept}`;
    case 'skipped':
      return `${name}: skipped, ${entry.reason}; not applied: ${fieldList(entry.fields)}`;
    case 'unchanged':
      return `${name}: unchanged${kept}`;
  }
}

function fieldList(fields: FieldDifference[]): string {
  return fields.map((field) => `${field.field} ${quoted(field.tracker)} → ${quoted(field.file)}`).join(', ');
}

function quoted(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return value === '–' ? value : `"${short.replace(/\s+/g, ' ')}"`;
}

function summaryLine(report: ImportReport): string {
  const { chapters, pledges } = report;
  const files = chapters.created + chapters.changed + chapters.unchanged;
  const counts =
    `${files} chapter file${files === 1 ? '' : 's'} into ${report.agreements.join(', ')}: ` +
    `${chapters.created} new, ${chapters.changed} changed, ${chapters.unchanged} unchanged; ` +
    `Vorhaben: ${pledges.created} new, ${pledges.changed} changed, ${pledges.skipped} skipped; ` +
    `developments: ${report.developmentsCreated} new; proposals of the extractor: ${report.candidatesProposed} new.`;
  return report.dryRun ? `Dry run, nothing was written. Would import ${counts}` : `Imported ${counts}`;
}
