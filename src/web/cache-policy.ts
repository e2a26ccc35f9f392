// What the page cache does with a request to this app: lets it pass (the back office, assets and the
// downloads, which have caching of their own), or keys it on its path and the query parameters its page
// (or API endpoint) reads. The cache hands a page only these parameters (see page-cache.ts), so a parameter that a public
// page starts to read must be named here, or it never arrives.
import { FOLLOW_PARAMS } from '../services/subscriptions/paths.ts';
import { unlocalisedPath } from './i18n/locale.ts';
import { API_CACHE_PATHS } from './api/cache-paths.ts';
import { PARAMS } from './public/pledge-list/query.ts';

export interface QueryParam {
  name: string;
  /** Repeatable (a filter of several values): every distinct value counts, in sorted order. Else the first one does. */
  several?: boolean;
}

/**
 * `exact`: the answer depends on every parameter given, not only the ones named: the API refuses an unknown
 * or repeated parameter, so such a request is not answered from (or stored in) the cache.
 */
export type CachePolicy = { bypass: true } | { bypass: false; params: readonly QueryParam[]; exact?: boolean };

const BYPASS: CachePolicy = { bypass: true };
const BYPASSED = /^\/(?:admin(?:\/|$)|assets\/|daten\/.)/;

/** The pages an agreement is chosen for (agreement-routes.tsx): by `/vertrag/SLUG` in the path, else by `?vertrag=`. */
const AGREEMENT_PAGE = /^\/(?:|statistik|themen|ministerien|thema\/[^/]+|ministerium\/[^/]+)$/;
const BY_AGREEMENT_PATH = /^\/vertrag\/[^/]+(\/.*)?$/;

const AGREEMENT_PARAM: QueryParam = { name: PARAMS.agreement };
const LIST_PARAMS: QueryParam[] = [
  ...[PARAMS.statuses, PARAMS.chapters, PARAMS.topics, PARAMS.ministries, PARAMS.partners, PARAMS.ratings].map((name) => ({
    name,
    several: true,
  })),
  ...[PARAMS.overdue, PARAMS.sort, PARAMS.page].map((name) => ({ name })),
];
const PAGE_PARAMS: Record<string, QueryParam[]> = {
  '/suche': [
    { name: 'q' },
    { name: 'typ' },
    { name: 'seite' },
    ...[PARAMS.statuses, PARAMS.chapters, PARAMS.topics].map((name) => ({ name, several: true })),
  ],
  '/abo': Object.values(FOLLOW_PARAMS).map((name) => ({ name })),
};

export function cachePolicy(path: string): CachePolicy {
  if (path.startsWith(API_PATH)) return apiPolicy(path.slice(API_PATH.length));
  const page = unlocalisedPath(path);
  if (BYPASSED.test(page)) return BYPASS;
  const agreementPath = BY_AGREEMENT_PATH.exec(page);
  const rest = agreementPath ? (agreementPath[1] ?? '/') : page;
  const agreement = agreementPath ? [] : [AGREEMENT_PARAM];
  if (rest === '/vorhaben') return { bypass: false, params: [...agreement, ...LIST_PARAMS] };
  if (AGREEMENT_PAGE.test(rest)) return { bypass: false, params: agreement };
  return { bypass: false, params: agreementPath ? [] : (PAGE_PARAMS[page] ?? []) };
}

const API_PATH = '/api/v1';

function apiPolicy(path: string): CachePolicy {
  const endpoint = API_CACHE_PATHS.find(({ pattern }) => pattern.test(path));
  return endpoint ? { bypass: false, params: endpoint.params, exact: true } : BYPASS;
}

/** Whether the cache may answer this URL under `policy`: not when bypassed, nor with a query an exact policy does not key on whole. */
export function cacheable(policy: CachePolicy, url: string): policy is Exclude<CachePolicy, { bypass: true }> {
  if (policy.bypass) return false;
  if (!policy.exact) return true;
  const start = url.indexOf('?');
  if (start === -1) return true;
  const seen = new Set<string>();
  for (const name of new URLSearchParams(url.slice(start)).keys()) {
    const param = policy.params.find((known) => known.name === name);
    if (!param || (!param.several && seen.has(name))) return false;
    seen.add(name);
  }
  return true;
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
