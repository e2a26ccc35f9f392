// Use case: the page of a topic or lead ministry — its published pledges in the chosen agreement
// with their status counts — and the index of all topics or ministries that have some.
import { NotFoundError, problem } from '../../domain/errors.ts';
import type { Db } from '../../store/database.ts';
import { countPledgesByGroupAndStatus, countPledgesByTopicAndStatus, type TermStatusCount } from '../../store/pledge-counts.ts';
import { findTermBySlug, type Term } from '../../store/vocabularies.ts';
import { chooseAgreement, type ScopedAgreement } from './agreement-choice.ts';
import { emptyCounts, type StatusCounts } from './overview.ts';
import { loadPledgeList, type PledgeList, type PledgeListQuery } from './pledge-list.ts';

/** The two lists a pledge is filed under that can be followed by e-mail and have pages of their own. */
export type TermKind = 'topic' | 'ministry';

const TABLES = { topic: 'topics', ministry: 'ministries' } as const;

export interface TermPage {
  kind: TermKind;
  term: Term;
  /** The list of /vorhaben filtered to this term: its first page, and the agreement it belongs to. */
  list: PledgeList;
  counts: StatusCounts;
}

/** The page of a topic or ministry; undefined while nothing has been imported. Unknown slugs are NotFound. */
export async function loadTermPage(
  db: Db,
  kind: TermKind,
  slug: string,
  agreementSlug: string | undefined,
  now: Date,
): Promise<TermPage | undefined> {
  const term = await findTermBySlug(db, TABLES[kind], slug);
  if (!term) throw new NotFoundError(problem(kind === 'topic' ? 'notFound.topic' : 'notFound.ministry', { slug }));
  const query: PledgeListQuery = {
    agreement: agreementSlug,
    statuses: [],
    chapters: [],
    partners: [],
    ratings: [],
    overdue: false,
    sort: 'chapter',
    page: 1,
    topics: kind === 'topic' ? [term.slug] : [],
    ministries: kind === 'ministry' ? [term.slug] : [],
  };
  const list = await loadPledgeList(db, query, now);
  if (!list) return undefined;
  // A term without published pledges in this agreement is dropped from the query like any unknown
  // filter value, which would list everything: here it means the list is empty.
  if (list.unknown.length > 0) return { kind, term, list: { ...list, total: 0, items: [], pageCount: 1 }, counts: emptyCounts() };
  const counts = emptyCounts();
  for (const value of list.facets.statuses) counts[value.value as keyof StatusCounts] = value.count;
  return { kind, term, list, counts };
}

export interface TermSummary {
  slug: string;
  name: string;
  counts: StatusCounts;
  total: number;
}

export interface TermIndex {
  kind: TermKind;
  agreement: ScopedAgreement;
  /** Every topic or ministry with published pledges in the agreement, by name. */
  terms: TermSummary[];
}

/** The index of topics or ministries of the chosen agreement; undefined while nothing has been imported. */
export async function loadTermIndex(db: Db, kind: TermKind, agreementSlug: string | undefined): Promise<TermIndex | undefined> {
  const choice = await chooseAgreement(db, agreementSlug);
  if (!choice) return undefined;
  const { agreement } = choice;
  const rows: TermStatusCount[] =
    kind === 'topic'
      ? await countPledgesByTopicAndStatus(db, { agreementId: agreement.id })
      : (await countPledgesByGroupAndStatus(db, { agreementId: agreement.id })).flatMap(({ ministry, status, count }) =>
          ministry ? [{ term: ministry, status, count }] : [],
        );
  const terms = new Map<string, TermSummary>();
  for (const { term, status, count } of rows) {
    const summary = terms.get(term.slug) ?? { slug: term.slug, name: term.name, counts: emptyCounts(), total: 0 };
    summary.counts[status] += count;
    summary.total += count;
    terms.set(term.slug, summary);
  }
  return { kind, agreement, terms: [...terms.values()].sort((a, b) => a.name.localeCompare(b.name, 'de')) };
}
