// The full-text search index: replacing a pledge's or chapter's documents, and ranked search with
// counts per kind. SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank; both over our own stems.
import { PostgresAdapter, sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from './database.ts';
import type { SearchDocumentTable, SearchKind } from './schema-search.ts';

export type { SearchKind } from './schema-search.ts';
export type NewSearchDocument = Omit<Insertable<SearchDocumentTable>, 'id'>;
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
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matches of each kind, whatever `kind` the request asked for. */
  counts: Record<SearchKind, number>;
}

/** Title words weigh more than body words. */
const TITLE_WEIGHT = 3;
const INSERT_BATCH = 500;
/** Stems are made of letters and digits only; anything else never reaches a query string. */
const SAFE_STEM = /^[\p{L}\p{N}]+$/u;
const HIT_COLUMNS = sql.raw('d.id, d.kind, d.pledge_id, d.chapter_id, d.target_slug, d.anchor, d.title, d.context, d.body, d.date');

export async function replacePledgeDocuments(db: Db, pledgeId: number, documents: readonly NewSearchDocument[]): Promise<void> {
  await db.deleteFrom('search_documents').where('pledge_id', '=', pledgeId).execute();
  await insertSearchDocuments(db, documents);
}

export async function replaceChapterDocuments(db: Db, chapterId: number, documents: readonly NewSearchDocument[]): Promise<void> {
  await db.deleteFrom('search_documents').where('chapter_id', '=', chapterId).execute();
  await insertSearchDocuments(db, documents);
}

export async function clearSearchDocuments(db: Db): Promise<void> {
  await db.deleteFrom('search_documents').execute();
}

export async function insertSearchDocuments(db: Db, documents: readonly NewSearchDocument[]): Promise<void> {
  for (let from = 0; from < documents.length; from += INSERT_BATCH) {
    await db.insertInto('search_documents').values(documents.slice(from, from + INSERT_BATCH)).execute();
  }
}

/**
 * Records that the index is built by `version` of the indexing code; true only for the one caller
 * that changed it, so concurrent app instances starting together rebuild once.
 */
export async function claimSearchIndexVersion(db: Db, version: string): Promise<boolean> {
  const claimed = await db
    .insertInto('settings')
    .values({ key: 'search_index_version', value: version })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: version }).where('settings.value', '<>', version))
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The best hits by rank (ties in index order), and how many documents of each kind match. */
export async function searchIndex(db: Db, request: SearchRequest): Promise<SearchResults> {
  const terms = request.terms
    .map((term) => ({ forms: term.forms.filter((form) => SAFE_STEM.test(form.stem)) }))
    .filter((term) => term.forms.length > 0);
  if (terms.length === 0) return { hits: [], counts: { pledge: 0, update: 0, chapter: 0 } };
  const engine = db.getExecutor().adapter instanceof PostgresAdapter ? postgres : sqlite;
  const [hits, counts] = [await engine.hits(db, terms, request), await engine.counts(db, terms)];
  return { hits, counts: { pledge: 0, update: 0, chapter: 0, ...Object.fromEntries(counts.map((row) => [row.kind, Number(row.count)])) } };
}

interface Engine {
  hits(db: Db, terms: readonly IndexTerm[], request: SearchRequest): Promise<SearchHit[]>;
  counts(db: Db, terms: readonly IndexTerm[]): Promise<{ kind: SearchKind; count: number | string }[]>;
}

/** FTS5: every term required, each form a quoted string (no query syntax can get in), `*` for a prefix. */
function ftsQuery(terms: readonly IndexTerm[]): string {
  return terms.map((term) => `(${term.forms.map((form) => `"${form.stem}"${form.prefix ? '*' : ''}`).join(' OR ')})`).join(' AND ');
}

const sqlite: Engine = {
  async hits(db, terms, { kind, limit, offset }) {
    const { rows } = await sql<SearchHit>`
      SELECT ${HIT_COLUMNS}
      FROM (
        SELECT f.rowid AS id, bm25(search_fts, ${sql.lit(TITLE_WEIGHT)}, 1.0) AS score
        FROM search_fts AS f ${kind ? sql`JOIN search_documents AS k INDEXED BY search_documents_kind_index ON k.id = f.rowid AND k.kind = ${kind}` : sql``}
        WHERE search_fts MATCH ${ftsQuery(terms)}
        ORDER BY score, f.rowid LIMIT ${limit} OFFSET ${offset}
      ) AS ranked
      JOIN search_documents AS d ON d.id = ranked.id
      ORDER BY ranked.score, d.id`.execute(db);
    return rows;
  },
  async counts(db, terms) {
    const { rows } = await sql<{ kind: SearchKind; count: number }>`
      SELECT d.kind, count(*) AS count
      FROM search_fts AS f JOIN search_documents AS d INDEXED BY search_documents_kind_index ON d.id = f.rowid
      WHERE search_fts MATCH ${ftsQuery(terms)}
      GROUP BY d.kind`.execute(db);
    return rows;
  },
};

/** tsquery: every term required, each form quoted, `:*` for a prefix. */
function tsQuery(terms: readonly IndexTerm[]): string {
  return terms.map((term) => `(${term.forms.map((form) => `'${form.stem}'${form.prefix ? ':*' : ''}`).join(' | ')})`).join(' & ');
}

const postgres: Engine = {
  async hits(db, terms, { kind, limit, offset }) {
    // Normalisation 1 divides the rank by 1 + log(length), as bm25 discounts long documents.
    const { rows } = await sql<SearchHit>`
      SELECT ${HIT_COLUMNS}, ts_rank(ARRAY[0.1, 0.2, ${sql.lit(1 / TITLE_WEIGHT)}, 1.0]::float4[], d.vector, q.query, 1) AS score
      FROM search_documents AS d, to_tsquery('simple', ${tsQuery(terms)}) AS q(query)
      WHERE d.vector @@ q.query ${kind ? sql`AND d.kind = ${kind}` : sql``}
      ORDER BY score DESC, d.id LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map(({ score: _score, ...hit }: SearchHit & { score?: number }) => hit);
  },
  async counts(db, terms) {
    const { rows } = await sql<{ kind: SearchKind; count: string }>`
      SELECT kind, count(*) AS count FROM search_documents
      WHERE vector @@ to_tsquery('simple', ${tsQuery(terms)})
      GROUP BY kind`.execute(db);
    return rows;
  },
};
