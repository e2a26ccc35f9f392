// The API's paths as the page cache keys them: each endpoint with the query parameters it reads, taken from
// the endpoint table, so a parameter added there is keyed here too.
import type { QueryParam } from '../cache-policy.ts';
import { ENDPOINTS } from './endpoints.ts';
import { takesSeveral } from './parameters.ts';

export interface ApiCachePath {
  /** Matches the path below /api/v1. */
  pattern: RegExp;
  params: readonly QueryParam[];
}

const patternOf = (path: string): RegExp => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);

export const API_CACHE_PATHS: readonly ApiCachePath[] = [
  { pattern: /^$/, params: [] },
  { pattern: /^\/openapi\.json$/, params: [] },
  ...ENDPOINTS.map((endpoint) => ({
    pattern: patternOf(endpoint.path),
    params:
      endpoint.kind === 'list' ? Object.entries(endpoint.query.shape).map(([name, field]) => ({ name, several: takesSeveral(field) })) : [],
  })),
];
