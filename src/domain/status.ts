// The status vocabulary of a pledge and how foreign tracker values map onto it.

export const STATUSES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'deferred',
  'broken',
  'unverifiable',
] as const;

export type Status = (typeof STATUSES)[number];

export const DEFAULT_STATUS: Status = 'not_started';

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/**
 * Values other trackers write (OKF Koalitionstracker, FragDenStaat, German labels),
 * normalised to lower case with spaces and hyphens as underscores.
 */
const FOREIGN_STATUSES: Record<string, Status> = {
  not_implemented: 'not_started',
  nicht_begonnen: 'not_started',
  open: 'not_started',
  offen: 'not_started',
  started: 'in_progress',
  begonnen: 'in_progress',
  in_arbeit: 'in_progress',
  teilweise_umgesetzt: 'partially_implemented',
  partially_fulfilled: 'partially_implemented',
  compromise: 'partially_implemented',
  umgesetzt: 'implemented',
  fulfilled: 'implemented',
  done: 'implemented',
  zurueckgestellt: 'deferred',
  zurückgestellt: 'deferred',
  stalled: 'deferred',
  postponed: 'deferred',
  gebrochen: 'broken',
  nicht_umgesetzt: 'broken',
  failed: 'broken',
  nicht_pruefbar: 'unverifiable',
  nicht_prüfbar: 'unverifiable',
};

/** Our status for a value read from a file, or undefined when the value is unknown. */
export function parseStatus(value: string): Status | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isStatus(key)) return key;
  return FOREIGN_STATUSES[key];
}

/**
 * The value written to an OKF file: OKF's own name for "not started", our names for the rest
 * (OKF readers know four of them; ours come back unchanged on re-import).
 */
export function toOkfStatus(status: Status): string {
  return status === 'not_started' ? 'not_implemented' : status;
}

export const MIN_RATING = 1;
export const MAX_RATING = 5;

export function isRating(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_RATING && (value as number) <= MAX_RATING;
}

/** Statuses after which a passed deadline no longer counts as overdue: the pledge is settled. */
export const SETTLED_STATUSES: readonly Status[] = ['implemented', 'broken'];
