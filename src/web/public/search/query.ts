// The search page's URL parameters (German, like all public URLs: q, typ, seite) ⇄ the service's input.
import type { SearchInput, SearchKind } from '../../../services/public/search.ts';

/** The `typ` values of the URL. */
export const KIND_PARAMS: Record<SearchKind, string> = { pledge: 'vorhaben', update: 'entwicklungen', chapter: 'kapitel' };

export function searchInputOf(query: Record<string, string | undefined>): SearchInput {
  const kind = Object.entries(KIND_PARAMS).find(([, value]) => value === query.typ);
  return {
    query: query.q,
    kind: kind ? (kind[0] as SearchKind) : null,
    page: /^\d{1,4}$/.test(query.seite ?? '') ? Number(query.seite) : 1,
  };
}
