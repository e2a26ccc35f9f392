// A pledge's status and rating at any date, derived from its published developments (event sourcing).
import { DEFAULT_STATUS, type Status } from './status.ts';

/** The fields of a development that matter for derivation; dates are ISO strings. */
export interface StatusEvent {
  id: number;
  eventDate: string; // YYYY-MM-DD
  publishedAt: string | null; // null = draft
  statusChange: Status | null;
  ratingChange: number | null;
}

export interface StatusTransition {
  date: string;
  from: Status;
  to: Status;
  developmentId: number;
}

/** What orders developments as they take effect. */
export interface EffectKey {
  eventDate: string;
  id: number;
}

/**
 * The order in which developments take effect: by event date, and on the same day in the order they
 * were entered (by id). The store orders by the same columns (store/rules.ts).
 */
export function compareByEffect(a: EffectKey, b: EffectKey): number {
  return a.eventDate === b.eventDate ? a.id - b.id : a.eventDate < b.eventDate ? -1 : 1;
}

/** Published events in the order they took effect. */
function effectiveOrder(events: readonly StatusEvent[]): StatusEvent[] {
  return events.filter((event) => event.publishedAt !== null).sort(compareByEffect);
}

/** The status in force at the end of `date` (default: ever since, i.e. now). */
export function statusAt(events: readonly StatusEvent[], date?: string): Status {
  let status: Status = DEFAULT_STATUS;
  for (const event of effectiveOrder(events)) {
    if (date !== undefined && event.eventDate > date) break;
    if (event.statusChange) status = event.statusChange;
  }
  return status;
}

/** The rating in force at the end of `date`, or null while no development has rated the pledge. */
export function ratingAt(events: readonly StatusEvent[], date?: string): number | null {
  let rating: number | null = null;
  for (const event of effectiveOrder(events)) {
    if (date !== undefined && event.eventDate > date) break;
    if (event.ratingChange !== null) rating = event.ratingChange;
  }
  return rating;
}

/** Every change of status, oldest first; a development repeating the current status is no transition. */
export function statusHistory(events: readonly StatusEvent[]): StatusTransition[] {
  const transitions: StatusTransition[] = [];
  let status: Status = DEFAULT_STATUS;
  for (const event of effectiveOrder(events)) {
    if (!event.statusChange || event.statusChange === status) continue;
    transitions.push({ date: event.eventDate, from: status, to: event.statusChange, developmentId: event.id });
    status = event.statusChange;
  }
  return transitions;
}
