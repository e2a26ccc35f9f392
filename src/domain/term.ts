// How far a government's term has run at a given day.

export interface TermProgress {
  start: string;
  end: string;
  /** Whole days from start to end, counting both. */
  days: number;
  /** The day of the term today is (0 before it starts, `days` after it ends). */
  day: number;
  percent: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function termProgress(start: string, end: string, today: Date): TermProgress {
  const first = dayNumber(start);
  const days = Math.max(1, dayNumber(end) - first + 1);
  const elapsed = dayNumber(today.toISOString()) - first + 1;
  const day = Math.min(days, Math.max(0, elapsed));
  return { start, end, days, day, percent: Math.round((day / days) * 100) };
}
