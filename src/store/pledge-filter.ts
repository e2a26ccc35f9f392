// One filter of Vorhaben for every reader that narrows them: the list and its facet counts, the topic
// and ministry pages, the API and the downloads, the feeds. The web layer maps its parameters (German
// on pages, English in the API) onto it; chapters, topics, ministries, partners and Vorhaben are named
// by slug, as in URLs (decision 29).
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Status } from '../domain/status.ts';
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
export function matchesFilter(eb: ExpressionBuilder<Database, 'pledges'>, filter: PledgeFilter, options: FilterOptions = {}): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  const wanted = <T>(field: keyof PledgeFilter, values: readonly T[] | undefined): values is readonly T[] =>
    field !== options.except && values !== undefined && values.length > 0;
  if (filter.agreementId !== undefined) conditions.push(eb('pledges.agreement_id', '=', filter.agreementId));
  if (wanted('pledges', filter.pledges)) conditions.push(eb('pledges.slug', 'in', [...filter.pledges]));
  if (wanted('statuses', filter.statuses)) conditions.push(eb('pledges.status', 'in', [...filter.statuses]));
  if (wanted('ratings', filter.ratings)) conditions.push(eb('pledges.rating', 'in', [...filter.ratings]));
  if (wanted('chapters', filter.chapters)) {
    conditions.push(eb('pledges.chapter_id', 'in', eb.selectFrom('chapters').select('chapters.id').where('chapters.slug', 'in', [...filter.chapters])));
  }
  if (wanted('ministries', filter.ministries)) {
    conditions.push(eb('pledges.lead_ministry_id', 'in', eb.selectFrom('ministries').select('ministries.id').where('ministries.slug', 'in', [...filter.ministries])));
  }
  if (wanted('partners', filter.partners)) {
    conditions.push(eb('pledges.partner_id', 'in', eb.selectFrom('organisations').select('organisations.id').where('organisations.slug', 'in', [...filter.partners])));
  }
  if (wanted('topics', filter.topics)) {
    const withTopic = eb
      .selectFrom('pledge_topics')
      .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
      .select('pledge_topics.pledge_id')
      .where('topics.slug', 'in', [...filter.topics]);
    conditions.push(options.topicsRowByRow ? eb.exists(withTopic.whereRef('pledge_topics.pledge_id', '=', 'pledges.id')) : eb('pledges.id', 'in', withTopic));
  }
  if (filter.overdueOn !== undefined && options.except !== 'overdueOn') conditions.push(isOverdueOn(eb, filter.overdueOn));
  if (filter.notOverdueOn !== undefined) conditions.push(eb.not(isOverdueOn(eb, filter.notOverdueOn)));
  return eb.and(conditions);
}
