// The API's pages: its context, keyset pages that know whether another follows, and the one filter of
// Vorhaben as the API's parameters give it, turned into the store's.
import { findAgreementBySlug } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import type { KeysetPage } from '../../store/keyset.ts';
import type { PledgeFilter } from '../../store/pledge-filter.ts';

export interface ApiContext {
  db: Db;
  /** The public address of the site, for links to pages. */
  baseUrl: string;
  /** The day as YYYY-MM-DD, for "overdue". */
  today: string;
}

export type PageRequest = KeysetPage;

/**
 * The Vorhaben a list narrows to: the store's filter with the agreement named by its slug and "overdue"
 * as yes or no on the API's day, as the API's parameters give them (web/api/parameters.ts).
 */
export interface ApiPledgeFilter extends Omit<PledgeFilter, 'agreementId' | 'overdueOn' | 'notOverdueOn'> {
  agreement?: string;
  overdue?: boolean;
}

/** The store's filter; undefined when the agreement named is not there, so nothing matches. */
async function storeFilter(
  { db, today }: ApiContext,
  { agreement, overdue, ...filter }: ApiPledgeFilter,
): Promise<PledgeFilter | undefined> {
  const found = agreement === undefined ? undefined : await findAgreementBySlug(db, agreement);
  if (agreement !== undefined && !found) return undefined;
  return {
    ...filter,
    agreementId: found?.id,
    overdueOn: overdue === true ? today : undefined,
    notOverdueOn: overdue === false ? today : undefined,
  };
}

function emptyPage<T>(): Page<T> {
  return { data: [], nextAfterId: null };
}

export interface Page<T> {
  data: T[];
  /** Where the next page starts; null on the last page. */
  nextAfterId: number | null;
}

/** Asks for one row more than the page holds, to know whether another page follows. */
export async function paged<Row extends { id: number }, T>(
  request: PageRequest,
  load: (request: PageRequest) => Promise<Row[]>,
  present: (rows: Row[]) => T[] | Promise<T[]>,
): Promise<Page<T>> {
  const rows = await load({ afterId: request.afterId, limit: request.limit + 1 });
  const shown = rows.slice(0, request.limit);
  const more = rows.length > request.limit;
  return { data: await present(shown), nextAfterId: more ? shown.at(-1)!.id : null };
}

/** A page of what belongs to the Vorhaben that match; empty when the filter names an agreement that is not there. */
export async function pagedByFilter<Row extends { id: number }, T>(
  context: ApiContext,
  filter: ApiPledgeFilter,
  request: PageRequest,
  load: (filter: PledgeFilter, request: PageRequest) => Promise<Row[]>,
  present: (rows: Row[]) => T[] | Promise<T[]>,
): Promise<Page<T>> {
  const narrowed = await storeFilter(context, filter);
  return narrowed ? paged(request, (page) => load(narrowed, page), present) : emptyPage();
}
