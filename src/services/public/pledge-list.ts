// Use case: the published pledges of an agreement, filtered, sorted and paged, with facet counts.
import { isOverdue } from '../../domain/overdue.ts';
import { MAX_RATING, MIN_RATING, STATUSES, type Status } from '../../domain/status.ts';
import { isoDate } from '../../store/clock.ts';
import type { Db } from '../../store/database.ts';
import type { PledgeFilter } from '../../store/pledge-filter.ts';
import {
  countFacets,
  listFilterOptions,
  listPledges,
  type FacetCounts,
  type FilterOption,
  type PledgeListItem,
  type PledgeSort,
} from '../../store/pledge-list.ts';
import { topicsOfPledges, type Term } from '../../store/vocabularies.ts';
import { chooseAgreement, type ScopedAgreement } from './agreement-choice.ts';

export const PAGE_SIZE = 50;

/** The list as the reader asked for it, already checked for form (see web/public/pledge-list/query.ts). */
export interface PledgeListQuery {
  agreement?: string;
  statuses: Status[];
  chapters: string[];
  topics: string[];
  ministries: string[];
  partners: string[];
  ratings: number[];
  overdue: boolean;
  sort: PledgeSort;
  page: number;
}

export type SlugField = 'chapters' | 'topics' | 'ministries' | 'partners';
export const SLUG_FIELDS: readonly SlugField[] = ['chapters', 'topics', 'ministries', 'partners'];

export interface FacetValue {
  value: string;
  /** The name to show; statuses and ratings are named by the view in the reader's language. */
  label: string;
  count: number;
  selected: boolean;
}

export interface PledgeListFacets {
  statuses: FacetValue[];
  chapters: FacetValue[];
  topics: FacetValue[];
  ministries: FacetValue[];
  partners: FacetValue[];
  ratings: FacetValue[];
  overdue: { count: number; selected: boolean };
}

export type PledgeListEntry = PledgeListItem & { overdue: boolean; topics: Term[] };

export interface PledgeList {
  agreement: ScopedAgreement;
  /** The query with values that name nothing in this agreement removed. */
  query: PledgeListQuery;
  /** Slug values removed from the query, as `field: value`, so the page can say so. */
  unknown: { field: SlugField; value: string }[];
  total: number;
  page: number;
  pageCount: number;
  items: PledgeListEntry[];
  facets: PledgeListFacets;
}

/** The list of the chosen agreement, or undefined while nothing has been imported. */
export async function loadPledgeList(db: Db, requested: PledgeListQuery, now: Date): Promise<PledgeList | undefined> {
  const choice = await chooseAgreement(db, requested.agreement);
  if (!choice) return undefined;
  const { agreement } = choice;
  const today = isoDate(now);
  const options = await listFilterOptions(db, agreement.id);
  const { query, unknown } = dropUnknownSlugs(requested, options);
  const filter = toFilter(agreement.id, query, today);
  const counts = await countFacets(db, filter, today);
  const { total, items, page } = await loadPage(db, filter, query);
  const topics = await topicsOfPledges(
    db,
    items.map((item) => item.id),
  );
  return {
    agreement,
    query: { ...query, page },
    unknown,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: items.map((item) => ({ ...item, overdue: isOverdue(item, today), topics: topics.get(item.id) ?? [] })),
    facets: facetsOf(query, options, counts),
  };
}

/** The list's query as the store's one filter; "overdue" is judged on the app clock's day. */
function toFilter(agreementId: number, query: PledgeListQuery, today: string): PledgeFilter {
  const { statuses, chapters, topics, ministries, partners, ratings } = query;
  return { agreementId, statuses, chapters, topics, ministries, partners, ratings, overdueOn: query.overdue ? today : undefined };
}

function dropUnknownSlugs(query: PledgeListQuery, options: Record<SlugField, FilterOption[]>) {
  const unknown: PledgeList['unknown'] = [];
  const cleaned = { ...query };
  for (const field of SLUG_FIELDS) {
    const known = new Set(options[field].map((option) => option.slug));
    cleaned[field] = query[field].filter((value) => known.has(value));
    for (const value of query[field]) if (!known.has(value)) unknown.push({ field, value });
  }
  return { query: cleaned, unknown };
}

/** The requested page, or the last one when the request points past the end. */
async function loadPage(db: Db, filter: PledgeFilter, query: PledgeListQuery) {
  const request = (page: number) => listPledges(db, filter, { sort: query.sort, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const first = await request(query.page);
  const lastPage = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  if (query.page <= lastPage) return { ...first, page: query.page };
  return { ...(await request(lastPage)), page: lastPage };
}

function facetsOf(query: PledgeListQuery, options: Record<SlugField, FilterOption[]>, counts: FacetCounts): PledgeListFacets {
  const values = (field: SlugField) =>
    options[field].map(({ slug, label }) => ({
      value: slug,
      label,
      count: counts[field].get(slug) ?? 0,
      selected: query[field].includes(slug),
    }));
  const ratings = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, index) => String(MIN_RATING + index));
  return {
    statuses: STATUSES.map((status) => ({
      value: status,
      label: status,
      count: counts.statuses.get(status) ?? 0,
      selected: query.statuses.includes(status),
    })),
    chapters: values('chapters'),
    topics: values('topics'),
    ministries: values('ministries'),
    partners: values('partners'),
    ratings: ratings.map((rating) => ({
      value: rating,
      label: rating,
      count: counts.ratings.get(rating) ?? 0,
      selected: query.ratings.includes(Number(rating)),
    })),
    overdue: { count: counts.overdue, selected: query.overdue },
  };
}
