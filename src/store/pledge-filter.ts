// One filter of Vorhaben for every reader that narrows them: the list and its facet counts, the topic
// and ministry pages, the API and the downloads, the feeds. The web layer maps its parameters (German
// on pages, English in the API) onto it; chapters, topics, ministries, partners and Vorhaben are named
// by slug, as in URLs (decision 29).
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { isOverdueOn } from './rules.ts';
import type { Database } from './schema.ts';

/** Fields combine with AND, the values of one field with OR; a missing or empty field does not filter. */
export interface PledgeFilter {
  agreementId?: number;
  pledges?: readonly string[];
  statuses?: readonly Status[];
  chapters?: readonly string[];
  topics?: readonly string[];
  ministries?: readonly string[];
  partners?: readonly string[];
  ratings?: readonly number[];
  /** Only the Vorhaben overdue on this day (YYYY-MM-DD, the app clock's). */
  overdueOn?: string;
  /** Only the Vorhaben not overdue on this day. */
  notOverdueOn?: string;
}

/** The fields that name a vocabulary's entries, and their tables. */
const NAMED = { chapters: 'chapters', topics: 'topics', ministries: 'ministries', partners: 'organisations' } as const;
type NamedField = keyof typeof NAMED;

/**
 * The filter with the slugs of chapters, topics, ministries and partners turned into ids, each list
 * read once before the queries that use it: as constants, both databases use them the way they would
 * use the ids themselves. An empty list of ids (none of the slugs exists) matches nothing.
 */
export type ResolvedFilter = Omit<PledgeFilter, NamedField> & { [Field in NamedField]?: readonly number[] };

export async function resolveFilter(db: Db, filter: PledgeFilter): Promise<ResolvedFilter> {
  const resolved: ResolvedFilter = { ...filter, chapters: undefined, topics: undefined, ministries: undefined, partners: undefined };
  for (const field of Object.keys(NAMED) as NamedField[]) {
    const slugs = filter[field];
    if (slugs === undefined || slugs.length === 0) continue;
    // The four tables share the (id, slug) shape that matters here; one typed spelling covers them.
    const table = NAMED[field] as 'topics';
    resolved[field] = (
      await db
        .selectFrom(table)
        .select('id')
        .where('slug', 'in', [...slugs])
        .orderBy('id')
        .execute()
    ).map((row) => row.id);
  }
  return resolved;
}

/** A field whose values a facet counts: the filter without it says how many each value would match. */
export type FacetField = 'statuses' | 'chapters' | 'topics' | 'ministries' | 'partners' | 'ratings' | 'overdueOn';

export interface FilterOptions {
  /** Leave this field out, for its facet counts. */
  except?: FacetField;
  /**
   * Test each row's topics rather than look up the topics' Vorhaben first. A reader that walks an index
   * in its own order and stops at a limit (the feeds) wants this: SQLite would otherwise start from the
   * lookup and sort every development of those Vorhaben. A reader that counts or sorts every match (the
   * list) is faster starting from the lookup.
   */
  topicsRowByRow?: boolean;
}

/** The filter as one condition on `pledges`. */
export function matchesFilter(
  eb: ExpressionBuilder<Database, 'pledges'>,
  filter: ResolvedFilter,
  options: FilterOptions = {},
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  const listed = <T>(field: FacetField | 'pledges', values: readonly T[] | undefined): values is readonly T[] =>
    field !== options.except && values !== undefined && values.length > 0;
  const named = (field: NamedField, ids: readonly number[] | undefined, condition: (ids: number[]) => Expression<SqlBool>) => {
    if (field === options.except || ids === undefined) return;
    conditions.push(ids.length === 0 ? sql<SqlBool>`1 = 0` : condition([...ids]));
  };
  if (filter.agreementId !== undefined) conditions.push(eb('pledges.agreement_id', '=', filter.agreementId));
  if (listed('pledges', filter.pledges)) conditions.push(eb('pledges.slug', 'in', [...filter.pledges]));
  if (listed('statuses', filter.statuses)) conditions.push(eb('pledges.status', 'in', [...filter.statuses]));
  if (listed('ratings', filter.ratings)) conditions.push(eb('pledges.rating', 'in', [...filter.ratings]));
  named('chapters', filter.chapters, (ids) => eb('pledges.chapter_id', 'in', ids));
  named('ministries', filter.ministries, (ids) => eb('pledges.lead_ministry_id', 'in', ids));
  named('partners', filter.partners, (ids) => eb('pledges.partner_id', 'in', ids));
  named('topics', filter.topics, (ids) => {
    const withTopic = eb.selectFrom('pledge_topics').select('pledge_topics.pledge_id').where('pledge_topics.topic_id', 'in', ids);
    return options.topicsRowByRow
      ? eb.exists(withTopic.whereRef('pledge_topics.pledge_id', '=', 'pledges.id'))
      : eb('pledges.id', 'in', withTopic);
  });
  if (filter.overdueOn !== undefined && options.except !== 'overdueOn') conditions.push(isOverdueOn(eb, filter.overdueOn));
  if (filter.notOverdueOn !== undefined) conditions.push(eb.not(isOverdueOn(eb, filter.notOverdueOn)));
  return eb.and(conditions);
}
