// Search hits narrowed by the one PledgeFilter (status, chapter, topic), and how many hits each value of
// those fields would leave. Hits of Vorhaben and developments are judged by their Vorhaben; hits in chapter
// text by their chapter only, so a filter by status or topic leaves none of them.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from './database.ts';
import { matchesFilter, type FacetField, type ResolvedFilter } from './pledge-filter.ts';
import type { Database } from './schema.ts';

/** The fields a search narrows by. */
export type SearchFacetField = Extract<FacetField, 'statuses' | 'chapters' | 'topics'>;

export interface SearchFacetCounts {
  statuses: Map<string, number>;
  /** By slug, with the chapter's heading. */
  chapters: Map<string, { label: string; count: number }>;
  topics: Map<string, { label: string; count: number }>;
}

/** Whether a chapter-text document passes the filter without `except`. */
function chapterCondition(eb: ExpressionBuilder<Database, 'search_documents'>, filter: ResolvedFilter, except?: SearchFacetField): Expression<SqlBool> {
  // A resolved chapter or topic list is there exactly when the filter names some (maybe unknown, then empty).
  const byStatus = except !== 'statuses' && (filter.statuses?.length ?? 0) > 0;
  const byTopic = except !== 'topics' && filter.topics !== undefined;
  if (byStatus || byTopic) return sql<SqlBool>`1 = 0`;
  const chapters = except === 'chapters' ? undefined : filter.chapters;
  if (chapters === undefined) return sql<SqlBool>`1 = 1`;
  return chapters.length === 0 ? sql<SqlBool>`1 = 0` : eb('search_documents.chapter_id', 'in', [...chapters]);
}

/** Of the documents `ids`, those that pass the filter. */
export async function documentsPassing(db: Db, ids: readonly number[], filter: ResolvedFilter): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const ofPledges = await db
    .selectFrom('search_documents')
    .innerJoin('pledges', 'pledges.id', 'search_documents.pledge_id')
    .select('search_documents.id')
    .where('search_documents.id', 'in', [...ids])
    .where((eb) => matchesFilter(eb, filter))
    .execute();
  const ofChapters = await db
    .selectFrom('search_documents')
    .select('search_documents.id')
    .where('search_documents.id', 'in', [...ids])
    .where('search_documents.kind', '=', 'chapter')
    .where((eb) => chapterCondition(eb, filter))
    .execute();
  return new Set([...ofPledges, ...ofChapters].map((row) => row.id));
}

/** For each value of each field, how many of the documents `ids` the filter would pass with that field set to it alone. */
export async function countSearchFacets(db: Db, ids: readonly number[], filter: ResolvedFilter): Promise<SearchFacetCounts> {
  const counts: SearchFacetCounts = {
    statuses: new Map(),
    chapters: new Map(),
    topics: new Map(),
  };
  if (ids.length === 0) return counts;
  const documents = () => db.selectFrom('search_documents').where('search_documents.id', 'in', [...ids]);
  const ofPledges = () => documents().innerJoin('pledges', 'pledges.id', 'search_documents.pledge_id');
  const count = sql<number | string>`count(*)`.as('count');
  const statuses = await ofPledges()
    .select(['pledges.status as value', count])
    .where((eb) => matchesFilter(eb, filter, { except: 'statuses' }))
    .groupBy('pledges.status')
    .execute();
  for (const row of statuses) counts.statuses.set(row.value, Number(row.count));
  const pledgeChapters = await ofPledges()
    .innerJoin('chapters', 'chapters.id', 'pledges.chapter_id')
    .select(['chapters.slug as value', 'chapters.heading as label', count])
    .where((eb) => matchesFilter(eb, filter, { except: 'chapters' }))
    .groupBy(['chapters.slug', 'chapters.heading'])
    .execute();
  const textChapters = await documents()
    .innerJoin('chapters', 'chapters.id', 'search_documents.chapter_id')
    .select(['chapters.slug as value', 'chapters.heading as label', count])
    .where('search_documents.kind', '=', 'chapter')
    .where((eb) => chapterCondition(eb, filter, 'chapters'))
    .groupBy(['chapters.slug', 'chapters.heading'])
    .execute();
  for (const row of [...pledgeChapters, ...textChapters]) {
    const known = counts.chapters.get(row.value);
    counts.chapters.set(row.value, {
      label: row.label,
      count: (known?.count ?? 0) + Number(row.count),
    });
  }
  const topics = await ofPledges()
    .innerJoin('pledge_topics', 'pledge_topics.pledge_id', 'pledges.id')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['topics.slug as value', 'topics.name as label', count])
    .where((eb) => matchesFilter(eb, filter, { except: 'topics' }))
    .groupBy(['topics.slug', 'topics.name'])
    .execute();
  for (const row of topics)
    counts.topics.set(row.value, {
      label: row.label,
      count: Number(row.count),
    });
  return counts;
}
