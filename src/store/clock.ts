// Days as the store writes them: the UTC date as YYYY-MM-DD.

export function isoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
