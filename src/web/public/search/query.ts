// The search page's URL parameters (German, like all public URLs: q, typ, seite, and the filters status,
// kapitel, thema of /vorhaben) ⇄ the service's input.
import type { SearchFilter, SearchInput, SearchKind } from '../../../services/public/search.ts';
import { parseListQuery, PARAMS } from '../pledge-list/query.ts';

/** The `typ` values of the URL. */
export const KIND_PARAMS: Record<SearchKind, string> = { pledge: 'vorhaben', update: 'entwicklungen', chapter: 'kapitel' };

/** The filter parameters, read as the list reads them; values that do not parse are left out. */
export const FILTER_PARAMS = { statuses: PARAMS.statuses, chapters: PARAMS.chapters, topics: PARAMS.topics } as const;

export function searchInputOf(params: Record<string, string[]>): SearchInput {
  const first = (name: string) => params[name]?.[0];
  const kind = Object.entries(KIND_PARAMS).find(([, value]) => value === first('typ'));
  const { statuses, chapters, topics } = parseListQuery(
    Object.fromEntries(Object.values(FILTER_PARAMS).map((name) => [name, params[name] ?? []])),
  ).query;
  return {
    query: first('q'),
    kind: kind ? (kind[0] as SearchKind) : null,
    filter: { statuses, chapters, topics },
    page: /^\d{1,4}$/.test(first('seite') ?? '') ? Number(first('seite')) : 1,
  };
}

/** The URL query of a search, e.g. `?q=Recht&typ=vorhaben&status=implemented&seite=2`. */
export function searchSearch(query: string, kind: SearchKind | null, filter: SearchFilter, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('typ', KIND_PARAMS[kind]);
  for (const field of ['statuses', 'chapters', 'topics'] as const) {
    for (const value of filter[field]) params.append(FILTER_PARAMS[field], value);
  }
  if (page > 1) params.set('seite', String(page));
  return `?${params}`;
}
