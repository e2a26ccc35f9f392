// The full-text search index: ranked search with counts per kind (writing it: search-documents.ts). SQLite searches FTS5 tables, PostgreSQL a tsvector; both over our own stems.
import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { ResolvedFilter } from './pledge-filter.ts';
import { countSearchFacets, describeDocuments, documentPasses, filtersSearch, type SearchFacetCounts } from './search-filter.ts';
import type { SearchDocumentTable, SearchKind } from './schema-search.ts';
import { postgresMatches } from './search-postgres.ts';

export type { SearchKind } from './schema-search.ts';
export type SearchHit = Omit<Selectable<SearchDocumentTable>, 'title_terms' | 'body_terms'>;

/** A stem to look for; a prefix form also matches longer stems. */
export interface IndexForm {
  stem: string;
  prefix: boolean;
}

/** Matches where any of its forms does. */
export interface IndexTerm {
  forms: readonly IndexForm[];
}

export interface SearchRequest {
  /** All must match. */
  terms: readonly IndexTerm[];
  kind: SearchKind | null;
  limit: number;
  offset: number;
  /**
   * Narrow the hits by Vorhaben and chapter, and count the filter's facets. Then every match is read, up
   * to SEARCH_COUNT_LIMIT + 1 of each kind, and the filter and its counts apply to those.
   */
  filter?: ResolvedFilter;
}

export interface SearchResults {
  hits: SearchHit[];
  /**
   * Matches of each kind, whatever `kind` the request asked for, counted up to
   * SEARCH_COUNT_LIMIT + 1: a larger count than the limit means "more than SEARCH_COUNT_LIMIT".
   */
  counts: Record<SearchKind, number>;
  /** With a filter: the hits of the kind asked for (all kinds if none) per status, chapter and topic. */
  facets?: SearchFacetCounts;
}

/** Where counting stops: past it, a number says nothing a reader needs, and counting costs time. */
export const SEARCH_COUNT_LIMIT = 1000;

/** Order of kinds among hits alike: Vorhaben, then chapter text, then developments. */
export const KINDS: readonly SearchKind[] = ['pledge', 'chapter', 'update'];
/** Stems are made of letters and digits only; anything else never reaches a query string. */
const SAFE_STEM = /^[\p{L}\p{N}]+$/u;

/**
 * A page of hits in rank order, and how many documents of each kind match. Rank: documents with
 * every word in the title first, then the others; within each, Vorhaben, chapter text, developments;
 * within each kind the most recently indexed first, which puts the Vorhaben changed last and their
 * newest developments first. Both engines rank alike and read no more than about
 * SEARCH_COUNT_LIMIT matches of a kind to count them, however common the words are (decisions 35, 47).
 */
export async function searchIndex(db: Db, request: SearchRequest): Promise<SearchResults> {
  const terms = request.terms
    .map((term) => ({ forms: term.forms.filter((form) => SAFE_STEM.test(form.stem)) }))
    .filter((term) => term.forms.length > 0);
  if (terms.length === 0) return { hits: [], counts: { pledge: 0, update: 0, chapter: 0 } };
  const engine = db.getExecutor().adapter instanceof PostgresAdapter ? postgres : sqlite;
  const end = request.offset + request.limit;
  const wanted = KINDS.filter((kind) => request.kind === null || request.kind === kind);
  if (request.filter) return filteredSearch(db, engine, terms, wanted, request.filter, request);
  const limits = { wanted, countLimit: SEARCH_COUNT_LIMIT + 1, recentLimit: end, titleLimit: end };
  const matches = await engine.matches(db, terms, limits);
  const counts = { pledge: matches.pledge.count, update: matches.update.count, chapter: matches.chapter.count };
  return {
    hits: await documentsInOrder(
      db,
      pageOf(
        wanted.map((kind) => matches[kind]),
        request.offset,
        request.limit,
      ),
    ),
    counts,
  };
}

/**
 * With a filter: every match of each kind (up to the count limit) is read with what the filter looks at,
 * narrowed, then ranked and counted as above. Without one, the page and the counts are the usual search's,
 * and only the facets read the newest matches (up to the limit) of the kinds asked for.
 */
async function filteredSearch(
  db: Db,
  engine: Engine,
  terms: readonly IndexTerm[],
  wanted: readonly SearchKind[],
  filter: ResolvedFilter,
  page: { offset: number; limit: number },
): Promise<SearchResults> {
  const everything = SEARCH_COUNT_LIMIT + 1;
  const end = page.offset + page.limit;
  if (!filtersSearch(filter)) {
    const matches = await engine.matches(db, terms, {
      wanted,
      countLimit: everything,
      recentLimit: Math.max(end, everything),
      titleLimit: end,
    });
    const counts = { pledge: matches.pledge.count, update: matches.update.count, chapter: matches.chapter.count };
    const facets = await countSearchFacets(
      db,
      await describeDocuments(
        db,
        wanted.flatMap((kind) => matches[kind].recent),
      ),
      filter,
    );
    return {
      hits: await documentsInOrder(
        db,
        pageOf(
          wanted.map((kind) => matches[kind]),
          page.offset,
          page.limit,
        ),
      ),
      counts,
      facets,
    };
  }
  const matches = await engine.matches(db, terms, {
    wanted: KINDS,
    countLimit: everything,
    recentLimit: everything,
    titleLimit: everything,
  });
  // Title matches can be older than the newest matches read; they rank first, so they are judged too.
  const documents = await describeDocuments(db, [...new Set(KINDS.flatMap((kind) => [...matches[kind].recent, ...matches[kind].title]))]);
  const passing = new Set(documents.filter((document) => documentPasses(document, filter)).map((document) => document.id));
  const narrowed = (kind: SearchKind): KindMatches => {
    const recent = matches[kind].recent.filter((id) => passing.has(id));
    return { count: recent.length, recent, title: matches[kind].title.filter((id) => passing.has(id)) };
  };
  const lists = Object.fromEntries(KINDS.map((kind) => [kind, narrowed(kind)])) as Record<SearchKind, KindMatches>;
  const counts = { pledge: lists.pledge.count, update: lists.update.count, chapter: lists.chapter.count };
  const facets = await countSearchFacets(
    db,
    documents.filter((document) => wanted.includes(document.kind)),
    filter,
  );
  return {
    hits: await documentsInOrder(
      db,
      pageOf(
        wanted.map((kind) => lists[kind]),
        page.offset,
        page.limit,
      ),
    ),
    counts,
    facets,
  };
}

/** Matching documents of one kind. */
export interface KindMatches {
  /** How many, counted up to `countLimit`. */
  count: number;
  /** The newest `recentLimit`, newest first; empty for kinds not wanted. */
  recent: number[];
  /** The newest `titleLimit` with every word in the title, newest first; empty for kinds not wanted. */
  title: number[];
}

export interface MatchLimits {
  /** Kinds whose matches are listed; all kinds are counted. */
  wanted: readonly SearchKind[];
  countLimit: number;
  recentLimit: number;
  titleLimit: number;
}

/** The ids at [offset, offset + limit) of the ranked list the kinds' matches make, in kind order. */
function pageOf(lists: readonly KindMatches[], offset: number, limit: number): number[] {
  const ranked = lists.flatMap((list) => list.title);
  if (ranked.length < offset + limit) {
    // Every title list is shorter than titleLimit here, so complete. A kind's newest `end` matches
    // less its title matches are its newest other matches, and with the title matches at least `end`.
    for (const list of lists) {
      const inTitle = new Set(list.title);
      ranked.push(...list.recent.filter((id) => !inTitle.has(id)));
    }
  }
  return ranked.slice(offset, offset + limit);
}

async function documentsInOrder(db: Db, ids: readonly number[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('search_documents')
    .select(['id', 'kind', 'pledge_id', 'chapter_id', 'target_slug', 'anchor', 'title', 'context', 'body', 'date'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One row per kind and list: a count, or comma-separated ids. */
interface ListRow {
  kind: SearchKind;
  list: 'count' | 'recent' | 'title';
  ids: string | null;
  count: number | string | null;
}

function listsOf(rows: readonly ListRow[]): Record<SearchKind, KindMatches> {
  const lists = Object.fromEntries(KINDS.map((kind) => [kind, { count: 0, recent: [], title: [] }])) as unknown as Record<
    SearchKind,
    KindMatches
  >;
  for (const row of rows) {
    if (row.list === 'count') lists[row.kind].count = Number(row.count);
    // Sorted here: an aggregate's order is not promised, and sorting a page's worth of numbers costs nothing.
    else
      lists[row.kind][row.list] = row.ids
        ? row.ids
            .split(',')
            .map(Number)
            .sort((a, b) => b - a)
        : [];
  }
  return lists;
}

interface Engine {
  matches(db: Db, terms: readonly IndexTerm[], limits: MatchLimits): Promise<Record<SearchKind, KindMatches>>;
}

/** FTS5: every term required, each form a quoted string (no query syntax can get in), `*` for a prefix. */
function ftsQuery(terms: readonly IndexTerm[]): string {
  return terms.map((term) => `(${term.forms.map((form) => `"${form.stem}"${form.prefix ? '*' : ''}`).join(' OR ')})`).join(' AND ');
}

/**
 * One FTS5 index per kind (migration 0007) and one of titles per kind (0009). Counting reads the
 * matches in index order and stops at the limit; lists read newest first and stop at theirs.
 */
const sqlite: Engine = {
  async matches(db, terms, { wanted, countLimit, recentLimit, titleLimit }) {
    const query = ftsQuery(terms);
    const matching = (index: string) => sql`SELECT rowid AS id FROM ${sql.table(index)} WHERE ${sql.table(index)} MATCH ${query}`;
    const newest = (index: string, limit: number) =>
      sql`SELECT group_concat(id) FROM (${matching(index)} ORDER BY rowid DESC LIMIT ${limit})`;
    const lists = KINDS.flatMap((kind) => [
      sql`SELECT ${sql.lit(kind)} AS kind, 'count' AS list, NULL AS ids, (SELECT count(*) FROM (${matching(`search_fts_${kind}`)} LIMIT ${countLimit})) AS count`,
      ...(wanted.includes(kind)
        ? [
            sql`SELECT ${sql.lit(kind)}, 'recent', (${newest(`search_fts_${kind}`, recentLimit)}), NULL`,
            sql`SELECT ${sql.lit(kind)}, 'title', (${newest(`search_title_${kind}`, titleLimit)}), NULL`,
          ]
        : []),
    ]);
    const { rows } = await sql<ListRow>`${sql.join(lists, sql` UNION ALL `)}`.execute(db);
    return listsOf(rows);
  },
};

/** Counts first, then each list the cheapest way its count allows (src/store/search-postgres.ts). */
const postgres: Engine = {
  matches: (db, terms, limits) => postgresMatches(db, terms, KINDS, limits),
};
