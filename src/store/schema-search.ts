// Tables of the full-text search index: one row per searchable piece of published content.
import type { Generated } from 'kysely';

/** pledge: title, quote and success criterion; update: a published development; chapter: a section of chapter text. */
export type SearchKind = 'pledge' | 'update' | 'chapter';

/**
 * What a hit shows and links to, and its words as Snowball stems (`*_terms`). SQLite indexes the
 * stems in one FTS5 table per kind, `search_fts_<kind>`, and the title stems alone in
 * `search_title_<kind>` (kept in step by triggers); PostgreSQL in generated tsvector columns
 * `vector` and `title_vector` with a GIN index of each per kind. Neither is read by name outside
 * src/store/search.ts and src/store/search-postgres.ts.
 */
export interface SearchDocumentTable {
  id: Generated<number>;
  kind: SearchKind;
  /** Owner of pledge and update documents: they are replaced together when the pledge changes. */
  pledge_id: number | null;
  /** Owner of chapter documents. */
  chapter_id: number | null;
  /** Slug of the page a hit links to: the pledge's, or the chapter's. */
  target_slug: string;
  /** Fragment on that page: a heading id or a development's id. */
  anchor: string | null;
  title: string;
  /** Where the hit belongs: the pledge of an update, the chapter of a pledge or section. */
  context: string;
  body: string;
  date: string | null;
  title_terms: string;
  body_terms: string;
}

export interface SearchTables {
  search_documents: SearchDocumentTable;
}
