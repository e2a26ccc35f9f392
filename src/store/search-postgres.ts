// Search on PostgreSQL kind by kind (migration 0012, decision 47): one pass through each kind's GIN index
// that stops after countLimit matches, and for kinds with more, lists read from the newest documents.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './database.ts';
import type { SearchKind } from './schema-search.ts';
import type { IndexTerm, KindMatches, MatchLimits } from './search.ts';

type Column = 'vector' | 'title_vector';

/** The SQL of one search: which documents match, each kind read through its own indexes. */
class KindQueries {
  private readonly query: RawBuilder<unknown>;

  constructor(
    terms: readonly IndexTerm[],
    private readonly countLimit: number,
  ) {
    this.query = sql`to_tsquery('simple', ${tsQuery(terms)})`;
  }

  /**
   * Up to countLimit matches through the kind's partial GIN index (the literal kind selects it): how
   * many, and for a listed kind their ids and which of them match in the title.
   */
  firstMatches(kind: SearchKind, listed: boolean): RawBuilder<unknown> {
    const ids = listed ? sql`string_agg(id::text, ',')` : sql`NULL`;
    const titleIds = listed ? sql`string_agg(id::text, ',') FILTER (WHERE in_title)` : sql`NULL`;
    return sql`
      SELECT ${sql.lit(kind)}::text AS kind, count(*)::int AS count, ${ids} AS ids, ${titleIds} AS title_ids
      FROM (SELECT id, title_vector @@ ${this.query} AS in_title ${this.ofKind(kind)} AND vector @@ ${this.query} LIMIT ${this.countLimit}) AS found`;
  }

  /** Up to countLimit title matches, through the kind's title index. */
  firstTitleMatches(kind: SearchKind): RawBuilder<unknown> {
    return sql`SELECT id ${this.ofKind(kind)} AND title_vector @@ ${this.query} LIMIT ${this.countLimit}`;
  }

  /** The index cannot see through coalesce: the kind's newest documents are read through (kind, id) until `limit` match. */
  newestMatches(kind: SearchKind, column: Column, limit: number): RawBuilder<unknown> {
    return sql`SELECT id ${this.ofKind(kind)} AND coalesce(${sql.ref(column)} @@ ${this.query}, false) ORDER BY id DESC LIMIT ${limit}`;
  }

  private ofKind(kind: SearchKind): RawBuilder<unknown> {
    return sql`FROM search_documents WHERE kind = ${sql.lit(kind)}`;
  }
}

/** tsquery: every term required, each form quoted, `:*` for a prefix. */
function tsQuery(terms: readonly IndexTerm[]): string {
  return terms.map((term) => `(${term.forms.map((form) => `'${form.stem}':${form.prefix ? '*' : ''}`).join(' | ')})`).join(' & ');
}

const idsOf = (list: string | null): number[] =>
  list
    ? list
        .split(',')
        .map(Number)
        .sort((a, b) => b - a)
    : [];

/** Several id lists in one statement: one row per kind and list name. */
async function idLists<Name extends string>(db: Db, lists: readonly { kind: SearchKind; name: Name; rows: RawBuilder<unknown> }[]) {
  const parts = lists.map(
    ({ kind, name, rows }) =>
      sql`SELECT ${sql.lit(kind)}::text AS kind, ${sql.lit(name)}::text AS name, (SELECT string_agg(id::text, ',') FROM (${rows}) AS page) AS ids`,
  );
  const { rows } = await sql<{ kind: SearchKind; name: Name; ids: string | null }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  return rows.map((row) => ({ kind: row.kind, name: row.name, ids: idsOf(row.ids) }));
}

export async function postgresMatches(
  db: Db,
  terms: readonly IndexTerm[],
  kinds: readonly SearchKind[],
  limits: MatchLimits,
): Promise<Record<SearchKind, KindMatches>> {
  const queries = new KindQueries(terms, limits.countLimit);
  return withoutSequentialScans(db, async (trx) => {
    const result = Object.fromEntries(kinds.map((kind) => [kind, { count: 0, recent: [], title: [] }])) as unknown as Record<
      SearchKind,
      KindMatches
    >;
    const dense = await countAndListSparse(trx, queries, kinds, limits, result);
    if (dense.length === 0) return result;
    const denseTitles: SearchKind[] = [];
    const lists = dense.flatMap((kind) => [
      { kind, name: 'recent' as const, rows: queries.newestMatches(kind, 'vector', limits.recentLimit) },
      { kind, name: 'title' as const, rows: queries.firstTitleMatches(kind) },
    ]);
    for (const { kind, name, ids } of await idLists(trx, lists)) {
      if (name === 'recent') result[kind].recent = ids;
      else if (ids.length < limits.countLimit) result[kind].title = ids.slice(0, limits.titleLimit);
      else denseTitles.push(kind);
    }
    if (denseTitles.length === 0) return result;
    const titleLists = denseTitles.map((kind) => ({
      kind,
      name: 'title' as const,
      rows: queries.newestMatches(kind, 'title_vector', limits.titleLimit),
    }));
    for (const { kind, ids } of await idLists(trx, titleLists)) result[kind].title = ids;
    return result;
  });
}

/**
 * Counts every kind and fills the lists of each wanted kind whose matches were all read; returns
 * the wanted kinds with more matches than that, whose lists still need reading.
 */
async function countAndListSparse(
  db: Db,
  queries: KindQueries,
  kinds: readonly SearchKind[],
  limits: MatchLimits,
  result: Record<SearchKind, KindMatches>,
): Promise<SearchKind[]> {
  const parts = kinds.map((kind) => queries.firstMatches(kind, limits.wanted.includes(kind)));
  const { rows } = await sql<{
    kind: SearchKind;
    count: number;
    ids: string | null;
    title_ids: string | null;
  }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db);
  const dense: SearchKind[] = [];
  for (const row of rows) {
    result[row.kind].count = row.count;
    if (!limits.wanted.includes(row.kind)) continue;
    if (row.count >= limits.countLimit) dense.push(row.kind);
    else {
      result[row.kind].recent = idsOf(row.ids).slice(0, limits.recentLimit);
      result[row.kind].title = idsOf(row.title_ids).slice(0, limits.titleLimit);
    }
  }
  return dense;
}

/**
 * The planner guesses how many documents a prefix matches from statistics, and for a common one
 * prefers reading the table in order until LIMIT matches are found, which tests far more rows
 * than the index would hand it (europa:* at 200k developments: 122 ms against 30 ms). Repeatable
 * read: counts and lists come from one state of the index, even while it is rebuilt.
 */
async function withoutSequentialScans<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  // Inside a caller's transaction the setting would outlive the search: there the planner decides.
  if (db.isTransaction) return work(db);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      return work(trx);
    });
}
