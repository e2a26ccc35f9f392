// Long lists written or looked up in parts, each well below the bound-parameter limits of SQLite and PostgreSQL.

/** Rows per multi-row insert, values per IN list. */
const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let from = 0; from < items.length; from += size) result.push(items.slice(from, from + size));
  return result;
}
