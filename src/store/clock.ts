// Timestamps as the store writes them: ISO 8601 in UTC.

export function isoNow(now: Date = new Date()): string {
  return now.toISOString();
}

export function isoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
