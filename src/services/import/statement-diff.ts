// Where a file's statement and the tracker's Vorhaben disagree, field by field, in the file's terms.
import type { Status } from '../../domain/status.ts';
import type { OkfStatement } from '../../formats/okf.ts';

/** The tracker's side of a statement. */
export interface TrackedStatement {
  summary: string;
  status: Status;
  rating: number | null;
  categories: string[];
  deadline: string | null;
  leadMinistry: string | null;
  successCriterion: string | null;
  partner: string | null;
  published: boolean;
  /** Sources the tracker has (or had from this file): a report with one of these URLs is not news. */
  knownUrls: ReadonlySet<string>;
  anchor: { start: number; end: number } | null;
  /** The statement's mapping as last read from a file. */
  source: Record<string, unknown> | null;
}

/** A field the file would change: its key in the file, and both values as text. */
export interface FieldDifference {
  field: string;
  tracker: string;
  file: string;
}

const SCALAR_FIELDS = [
  ['status', 'status'],
  ['rating', 'rating'],
  ['deadline', 'deadline'],
  ['lead_ministry', 'leadMinistry'],
  ['success_criterion', 'successCriterion'],
  ['partner', 'partner'],
  ['published', 'published'],
] as const satisfies readonly (readonly [string, keyof OkfStatement & keyof TrackedStatement])[];

/** Keys the tracker reads into its own fields; any other key of a statement is kept as written. */
export const KNOWN_STATEMENT_KEYS = new Set([
  'id',
  'summary',
  'last_update',
  'categories',
  'reports',
  ...SCALAR_FIELDS.map(([key]) => key),
]);

/**
 * Every field of the tracker's own in which the statement says something else than the tracker.
 * A field the file does not carry says nothing; reports only add sources; a marker moves the quote.
 */
export function statementDifferences(statement: OkfStatement, tracked: TrackedStatement): FieldDifference[] {
  const carries = (key: string) => statement.source === null || key in statement.source;
  const differences: FieldDifference[] = [];
  const differ = difference(differences);
  differ('summary', tracked.summary, statement.summary);
  for (const [key, name] of SCALAR_FIELDS) if (carries(key)) differ(key, tracked[name], statement[name]);
  if (carries('categories')) differ('categories', [...tracked.categories].sort(), [...new Set(statement.categories)].sort());
  const newUrls = statement.reports.map((report) => report.url).filter((url) => !tracked.knownUrls.has(url));
  if (newUrls.length > 0) differences.push({ field: 'reports', tracker: '–', file: `+ ${newUrls.join(', ')}` });
  const anchor = statement.anchor;
  if (anchor && (anchor.start !== tracked.anchor?.start || anchor.end !== tracked.anchor?.end)) {
    differ('quote', tracked.anchor ? `${tracked.anchor.start}–${tracked.anchor.end}` : null, `${anchor.start}–${anchor.end}`);
  }
  return differences;
}

/** Fields the tracker does not know: the file's own data, taken as written whatever its date. */
export function otherFieldDifferences(statement: OkfStatement, tracked: TrackedStatement): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const differ = difference(differences);
  for (const key of new Set([...Object.keys(statement.source ?? {}), ...Object.keys(tracked.source ?? {})])) {
    if (!KNOWN_STATEMENT_KEYS.has(key)) differ(key, tracked.source?.[key] ?? null, statement.source?.[key] ?? null);
  }
  return differences;
}

function difference(differences: FieldDifference[]) {
  return (field: string, tracker: unknown, file: unknown) => {
    if (JSON.stringify(tracker) !== JSON.stringify(file)) differences.push({ field, tracker: shown(tracker), file: shown(file) });
  };
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.length === 0 ? '–' : value.map(shown).join(', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
