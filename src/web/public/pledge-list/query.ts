// The list's URL parameters (German, shareable) ⇄ a checked query; values that do not parse are set aside, never an error.
import { z } from 'zod';
import { isStatus, MAX_RATING, MIN_RATING, type Status } from '../../../domain/status.ts';
import { SLUG_FIELDS, type PledgeListQuery, type SlugField } from '../../../services/public/pledge-list.ts';

export const PARAMS = {
  agreement: 'vertrag',
  statuses: 'status',
  chapters: 'kapitel',
  topics: 'thema',
  ministries: 'federfuehrung',
  partners: 'partner',
  ratings: 'bewertung',
  overdue: 'ueberfaellig',
  sort: 'sortierung',
  page: 'seite',
} as const;

const SORTS = { kapitel: 'chapter', entwicklung: 'latest', frist: 'deadline' } as const;
export type SortParam = keyof typeof SORTS;
export const SORT_PARAMS = Object.keys(SORTS) as SortParam[];

/** More values than any real filter needs is someone hammering the URL. */
const MAX_VALUES = 100;
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);
const rating = z.coerce.number().int().min(MIN_RATING).max(MAX_RATING);
const page = z.coerce.number().int().min(1).max(100_000);

export interface ParsedQuery {
  query: PledgeListQuery;
  /** `param=value` for every value that was not understood. */
  invalid: string[];
}

export function parseListQuery(params: Record<string, string[]>): ParsedQuery {
  const invalid: string[] = [];
  const values = (name: string) => [...new Set(params[name] ?? [])].filter((value) => value !== '');
  const keep = <T>(name: string, accept: (value: string) => T | undefined): T[] => {
    const kept: T[] = [];
    for (const value of values(name).slice(0, MAX_VALUES)) {
      const parsed = accept(value);
      if (parsed === undefined) invalid.push(`${name}=${shortened(value)}`);
      else kept.push(parsed);
    }
    return kept;
  };
  const single = <T>(name: string, accept: (value: string) => T | undefined, fallback: T): T => keep(name, accept).at(-1) ?? fallback;
  const slugs = (field: SlugField) => keep(PARAMS[field], (value) => (slug.safeParse(value).success ? value : undefined));
  const query: PledgeListQuery = {
    agreement: values(PARAMS.agreement).at(-1),
    statuses: keep(PARAMS.statuses, (value): Status | undefined => (isStatus(value) ? value : undefined)),
    chapters: slugs('chapters'),
    topics: slugs('topics'),
    ministries: slugs('ministries'),
    partners: slugs('partners'),
    ratings: keep(PARAMS.ratings, (value) => rating.safeParse(value).data),
    overdue: single(PARAMS.overdue, (value) => (value === '1' ? true : undefined), false),
    sort: single(PARAMS.sort, (value) => (Object.hasOwn(SORTS, value) ? SORTS[value as SortParam] : undefined), 'chapter'),
    page: single(PARAMS.page, (value) => page.safeParse(value).data, 1),
  };
  return { query, invalid };
}

/** Enough of a value to recognise it on the page. */
function shortened(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}

export function sortParam(sort: PledgeListQuery['sort']): SortParam {
  return SORT_PARAMS.find((name) => SORTS[name] === sort) ?? 'kapitel';
}

/**
 * The URL query of a list, defaults left out, e.g. `?status=implemented&seite=2`. The agreement is not in it:
 * links name it in the path (services/public/paths.ts), which a static host serves too.
 */
export function listSearch(query: PledgeListQuery): string {
  const search = new URLSearchParams();
  for (const status of query.statuses) search.append(PARAMS.statuses, status);
  for (const field of SLUG_FIELDS) {
    for (const value of query[field]) search.append(PARAMS[field], value);
  }
  for (const value of query.ratings) search.append(PARAMS.ratings, String(value));
  if (query.overdue) search.append(PARAMS.overdue, '1');
  if (query.sort !== 'chapter') search.append(PARAMS.sort, sortParam(query.sort));
  if (query.page > 1) search.append(PARAMS.page, String(query.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
