// What the page cache does with a request to this app: lets it pass (the back office, assets and the
// downloads, which have caching of their own), or keys it on its path and the query parameters its page
// reads. The cache hands a page only these parameters (see page-cache.ts), so a parameter that a public
// page starts to read must be named here, or it never arrives.
import { FOLLOW_PARAMS } from '../services/subscriptions/paths.ts';
import { unlocalisedPath } from './i18n/locale.ts';
import { PARAMS } from './public/pledge-list/query.ts';

export interface QueryParam {
  name: string;
  /** Repeatable (a filter of several values): every distinct value counts, in sorted order. Else the first one does. */
  several?: boolean;
}

export type CachePolicy = { bypass: true } | { bypass: false; params: readonly QueryParam[] };

const BYPASS: CachePolicy = { bypass: true };
const BYPASSED = /^\/(?:admin(?:\/|$)|assets\/|daten\/.)/;

/** The pages an agreement is chosen for (agreement-routes.tsx): by `/vertrag/SLUG` in the path, else by `?vertrag=`. */
const AGREEMENT_PAGE = /^\/(?:|statistik|themen|ministerien|thema\/[^/]+|ministerium\/[^/]+)$/;
const BY_AGREEMENT_PATH = /^\/vertrag\/[^/]+(\/.*)?$/;

const AGREEMENT_PARAM: QueryParam = { name: PARAMS.agreement };
const LIST_PARAMS: QueryParam[] = [
  ...[PARAMS.statuses, PARAMS.chapters, PARAMS.topics, PARAMS.ministries, PARAMS.partners, PARAMS.ratings].map((name) => ({ name, several: true })),
  ...[PARAMS.overdue, PARAMS.sort, PARAMS.page].map((name) => ({ name })),
];
const PAGE_PARAMS: Record<string, QueryParam[]> = {
  '/suche': [{ name: 'q' }, { name: 'typ' }, { name: 'seite' }, ...[PARAMS.statuses, PARAMS.chapters, PARAMS.topics].map((name) => ({ name, several: true }))],
  '/abo': Object.values(FOLLOW_PARAMS).map((name) => ({ name })),
};

export function cachePolicy(path: string): CachePolicy {
  const page = unlocalisedPath(path);
  if (BYPASSED.test(page)) return BYPASS;
  const agreementPath = BY_AGREEMENT_PATH.exec(page);
  const rest = agreementPath ? (agreementPath[1] ?? '/') : page;
  const agreement = agreementPath ? [] : [AGREEMENT_PARAM];
  if (rest === '/vorhaben') return { bypass: false, params: [...agreement, ...LIST_PARAMS] };
  if (AGREEMENT_PAGE.test(rest)) return { bypass: false, params: agreement };
  return { bypass: false, params: agreementPath ? [] : (PAGE_PARAMS[page] ?? []) };
}

/**
 * The query of `search` reduced to `params`: in their order, repeatable ones with each distinct value once
 * and sorted, the others with their first value; "" when none is given, else "?…".
 */
export function canonicalQuery(params: readonly QueryParam[], search: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const { name, several } of params) {
    const values = search.getAll(name);
    for (const value of several ? [...new Set(values)].sort() : values.slice(0, 1)) kept.append(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}` : '';
}
