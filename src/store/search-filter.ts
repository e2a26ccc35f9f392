// Search hits narrowed by the one PledgeFilter (status, chapter, topic), and how many hits each value of
// those fields would leave. Hits of Vorhaben and developments are judged by their Vorhaben; hits in chapter
// text by their chapter only, so a filter by status or topic leaves none of them. The matches are read once
// with what the filter looks at, and tested and counted here: a query per facet over thousands of matches
// cost 20 ms at 200,000 developments (docs/benchmarks.md).
import type { Status } from '../domain/status.ts';
import { chunks } from './chunks.ts';
import type { Db } from './database.ts';
import type { ResolvedFilter } from './pledge-filter.ts';
import type { SearchKind } from './schema-search.ts';

/** The fields a search narrows by. */
export type SearchFacetField = 'statuses' | 'chapters' | 'topics';

export interface SearchFacetCounts {
  /** By status. */
  statuses: Map<string, number>;
  /** By slug, with the chapter's heading or the topic's name. */
  chapters: Map<string, { label: string; count: number }>;
  topics: Map<string, { label: string; count: number }>;
}

/** A matching document with what the filter looks at: its Vorhaben's status and topics, its chapter. */
export interface MatchedDocument {
  id: number;
  kind: SearchKind;
  status: Status | null;
  chapterId: number | null;
  topicIds: readonly number[];
}

/** Ids per IN list: far below both databases' limits on bound parameters, and few statements for 3,000 matches. */
const IDS_PER_READ = 5000;

export async function describeDocuments(db: Db, ids: readonly number[]): Promise<MatchedDocument[]> {
  const rows = [];
  for (const part of chunks([...ids], IDS_PER_READ)) {
    rows.push(
      ...(await db
        .selectFrom('search_documents')
        .leftJoin('pledges', 'pledges.id', 'search_documents.pledge_id')
        .select([
          'search_documents.id',
          'search_documents.kind',
          'search_documents.pledge_id',
          'search_documents.chapter_id as text_chapter_id',
          'pledges.status',
          'pledges.chapter_id',
        ])
        .where('search_documents.id', 'in', part)
        .execute()),
    );
  }
  const pledgeIds = [...new Set(rows.flatMap((row) => (row.kind === 'chapter' || row.pledge_id === null ? [] : [row.pledge_id])))];
  const topics = new Map<number, number[]>();
  for (const part of chunks(pledgeIds, IDS_PER_READ)) {
    for (const { pledge_id, topic_id } of await db
      .selectFrom('pledge_topics')
      .select(['pledge_id', 'topic_id'])
      .where('pledge_id', 'in', part)
      .execute()) {
      topics.set(pledge_id, [...(topics.get(pledge_id) ?? []), topic_id]);
    }
  }
  return rows.map((row) =>
    row.kind === 'chapter'
      ? { id: row.id, kind: row.kind, status: null, chapterId: row.text_chapter_id, topicIds: [] }
      : { id: row.id, kind: row.kind, status: row.status, chapterId: row.chapter_id, topicIds: topics.get(row.pledge_id!) ?? [] },
  );
}

/**
 * Whether a document passes the filter's status, chapter and topic fields (but `except`), as matchesFilter
 * says it in SQL: values of a field are alternatives, fields all apply, a resolved list that is empty (slugs
 * that name nothing) matches nothing. Chapter text has no status or topics.
 */
export function documentPasses(document: MatchedDocument, filter: ResolvedFilter, except?: SearchFacetField): boolean {
  const statuses = except === 'statuses' ? undefined : filter.statuses;
  const chapters = except === 'chapters' ? undefined : filter.chapters;
  const topics = except === 'topics' ? undefined : filter.topics;
  if (statuses && statuses.length > 0 && (document.status === null || !statuses.includes(document.status))) return false;
  if (chapters && (document.chapterId === null || !chapters.includes(document.chapterId))) return false;
  if (topics && !document.topicIds.some((id) => topics.includes(id))) return false;
  return true;
}

/** Whether the filter narrows at all. */
export function filtersSearch(filter: ResolvedFilter): boolean {
  return (filter.statuses?.length ?? 0) > 0 || filter.chapters !== undefined || filter.topics !== undefined;
}

/** For each value of each field, how many of the documents the filter would pass with that field set to it alone. */
export async function countSearchFacets(db: Db, documents: readonly MatchedDocument[], filter: ResolvedFilter): Promise<SearchFacetCounts> {
  const statuses = new Map<string, number>();
  const chapters = new Map<number, number>();
  const topics = new Map<number, number>();
  const add = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const document of documents) {
    if (document.status !== null && documentPasses(document, filter, 'statuses')) add(statuses, document.status);
    if (document.chapterId !== null && documentPasses(document, filter, 'chapters')) add(chapters, document.chapterId);
    if (documentPasses(document, filter, 'topics')) for (const id of document.topicIds) add(topics, id);
  }
  const named = async (table: 'chapters' | 'topics', counts: Map<number, number>) => {
    const result = new Map<string, { label: string; count: number }>();
    if (counts.size === 0) return result;
    // The two tables share the (id, slug) shape; the label is the chapter's heading or the topic's name.
    const rows =
      table === 'chapters'
        ? await db
            .selectFrom('chapters')
            .select(['id', 'slug', 'heading as label'])
            .where('id', 'in', [...counts.keys()])
            .execute()
        : await db
            .selectFrom('topics')
            .select(['id', 'slug', 'name as label'])
            .where('id', 'in', [...counts.keys()])
            .execute();
    for (const row of rows) result.set(row.slug, { label: row.label, count: counts.get(row.id)! });
    return result;
  };
  return { statuses, chapters: await named('chapters', chapters), topics: await named('topics', topics) };
}
