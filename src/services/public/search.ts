// Use case: the search page — ranked hits of published content for a query, by kind, a page at a time.
import { STATUSES, type Status } from '../../domain/status.ts';
import type { Db } from '../../store/database.ts';
import { resolveFilter } from '../../store/pledge-filter.ts';
import type { SearchFacetCounts } from '../../store/search-filter.ts';
import { SEARCH_COUNT_LIMIT, searchIndex, type SearchHit, type SearchKind } from '../../store/search.ts';
import { queryTermsOf, type QueryTerm } from '../../text/search-terms.ts';
import { markTerms, snippet, type SnippetPart } from '../../text/snippet.ts';
import type { FacetValue } from './pledge-list.ts';

export type { SearchKind } from '../../store/search.ts';
/** A count above it means "more than COUNT_LIMIT": counting stops there. */
export const COUNT_LIMIT = SEARCH_COUNT_LIMIT;
export type { SnippetPart } from '../../text/snippet.ts';

export const PAGE_SIZE = 10;
/** A longer query is cut; a 10 kB paste still gives an answer, about its beginning. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
/** Far enough for any reader; keeps OFFSET bounded. */
const MAX_PAGE = 100;

/** Hits of Vorhaben in these statuses, chapters or topics (slugs); fields combine with AND, values with OR. */
export interface SearchFilter {
  statuses: Status[];
  chapters: string[];
  topics: string[];
}

export const NO_FILTER: SearchFilter = { statuses: [], chapters: [], topics: [] };

/** The query as typed, the one kind asked for (null: all), the filter, the page from 1. */
export interface SearchInput {
  query: string | undefined;
  kind: SearchKind | null;
  filter?: SearchFilter;
  page: number;
}

/** Each filter's values with hits (and those chosen), and how many hits each would leave. */
export interface SearchFacets {
  statuses: FacetValue[];
  chapters: FacetValue[];
  topics: FacetValue[];
}

export interface SearchResult {
  kind: SearchKind;
  /** The pledge's or chapter's slug, and the fragment on its page. */
  slug: string;
  anchor: string | null;
  title: SnippetPart[];
  context: string;
  snippet: SnippetPart[];
  date: string | null;
}

export interface SearchPage {
  /** The query as searched: trimmed, and cut to MAX_QUERY_LENGTH. */
  query: string;
  /** `empty`: nothing asked; `no-words`: only punctuation or symbols; `searched`: results (maybe none). */
  outcome: 'empty' | 'no-words' | 'searched';
  /** Part of the query was left out: too long, or too many words. */
  shortened: boolean;
  kind: SearchKind | null;
  filter: SearchFilter;
  facets: SearchFacets;
  /** Hits of each kind; above COUNT_LIMIT means more than that. */
  counts: Record<SearchKind, number>;
  /** Hits of the chosen kind (all kinds when none is chosen); above COUNT_LIMIT means more than that. */
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
}

export async function searchSite(db: Db, input: SearchInput): Promise<SearchPage> {
  const raw = (input.query ?? '').trim();
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const kind = input.kind;
  const filter = input.filter ?? NO_FILTER;
  const page = Math.min(MAX_PAGE, Math.max(1, input.page));
  const { terms, dropped } = queryTermsOf(query, MAX_TERMS);
  const shortened = raw.length > query.length || dropped > 0;
  const base = {
    query,
    shortened,
    kind,
    filter,
    facets: facetsOf(filter),
    page,
    counts: { pledge: 0, update: 0, chapter: 0 },
    total: 0,
    pageCount: 0,
    results: [],
  };
  if (query === '') return { ...base, outcome: 'empty' };
  if (terms.length === 0) return { ...base, outcome: 'no-words' };
  const resolved = await resolveFilter(db, filter);
  const found = await searchIndex(db, { terms, kind, filter: resolved, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = kind ? found.counts[kind] : found.counts.pledge + found.counts.update + found.counts.chapter;
  return {
    ...base,
    outcome: 'searched',
    counts: found.counts,
    facets: facetsOf(filter, found.facets),
    total,
    pageCount: Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE)),
    results: found.hits.map((hit) => resultOf(hit, terms)),
  };
}

/** The values with hits, and the chosen ones even without: statuses in their order, the rest by name. */
function facetsOf(filter: SearchFilter, counts?: SearchFacetCounts): SearchFacets {
  const named = (field: 'chapters' | 'topics') => {
    const found = counts?.[field] ?? new Map<string, { label: string; count: number }>();
    const values = [...found].map(([slug, { label, count }]) => ({ value: slug, label, count, selected: filter[field].includes(slug) }));
    const missing = filter[field]
      .filter((slug) => !found.has(slug))
      .map((slug) => ({ value: slug, label: slug, count: 0, selected: true }));
    return [...values, ...missing].sort((a, b) => a.label.localeCompare(b.label, 'de', { numeric: true }));
  };
  const statuses = STATUSES.map((status) => ({
    value: status,
    label: status,
    count: counts?.statuses.get(status) ?? 0,
    selected: filter.statuses.includes(status),
  }));
  return { statuses: statuses.filter((value) => value.count > 0 || value.selected), chapters: named('chapters'), topics: named('topics') };
}

function resultOf(hit: SearchHit, terms: readonly QueryTerm[]): SearchResult {
  return {
    kind: hit.kind,
    slug: hit.target_slug,
    anchor: hit.anchor,
    title: markTerms(hit.title, terms),
    context: hit.context,
    snippet: snippet(hit.body, terms),
    date: hit.date,
  };
}
