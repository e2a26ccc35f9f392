// Proposals of evidence discovery: what a document says about a Vorhaben, its draft development, and
// what an editor decided.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { isDraftDevelopment, isPublishedDevelopment } from './public-scope.ts';
import type { EvidenceProposal, ProposalDecision } from './schema-evidence.ts';
import { withSources, type DevelopmentWithSources } from './developments.ts';

/** The proposals a document made for a Vorhaben so far, at any stage. */
export async function listProposalsOf(db: Db, documentId: number, pledgeId: number): Promise<EvidenceProposal[]> {
  return db
    .selectFrom('evidence_proposals')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('pledge_id', '=', pledgeId)
    .orderBy('id')
    .execute();
}

export interface NewProposal {
  documentId: number;
  pledgeId: number;
  stage: string;
  developmentId: number;
  proposedStatus: Status | null;
  score: number;
  reason: string;
}

export async function insertProposal(db: Db, proposal: NewProposal, now: string): Promise<number> {
  const { id } = await db
    .insertInto('evidence_proposals')
    .values({
      document_id: proposal.documentId,
      pledge_id: proposal.pledgeId,
      stage: proposal.stage,
      update_id: proposal.developmentId,
      proposed_status: proposal.proposedStatus,
      score: proposal.score,
      reason: proposal.reason,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An open proposal whose document reached a later stage: it now says what the document says now. */
export async function advanceProposal(
  db: Db,
  id: number,
  changes: { stage: string; proposedStatus: Status | null; score: number; reason: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('evidence_proposals')
    .set({ stage: changes.stage, proposed_status: changes.proposedStatus, score: changes.score, reason: changes.reason, created_at: now })
    .where('id', '=', id)
    .execute();
}

/** Records a decision on a proposal that is still open; false when somebody decided it meanwhile. */
export async function decideProposal(
  db: Db,
  id: number,
  decision: Exclude<ProposalDecision, 'open'>,
  decidedBy: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('evidence_proposals')
    .set({ decision, decided_by: decidedBy, decided_at: at })
    .where('id', '=', id)
    .where('decision', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A proposal with what the queue shows of its Vorhaben, document, source and draft. */
export interface ProposalListItem extends EvidenceProposal {
  pledge_slug: string;
  pledge_title: string;
  pledge_status: Status;
  pledge_partner_id: number | null;
  government_active: number;
  document_kind: string;
  document_title: string;
  document_url: string | null;
  document_date: string | null;
  document_raw: string;
  document_fetched_from: string;
  document_retrieved_at: string;
  source_title: string;
  update_published_at: string | null;
  decided_by_email: string | null;
}

export interface ProposalFilter {
  pledgeId?: number;
  /** Only Vorhaben of this partner organisation (an expert's). */
  partnerId?: number;
  /** open: waiting, with a draft that is not published; decided: everything else. */
  state: 'open' | 'decided';
  id?: number;
  limit: number;
  offset: number;
}

function filtered(db: Db, filter: Omit<ProposalFilter, 'limit' | 'offset'>) {
  let query = db
    .selectFrom('evidence_proposals as p')
    .innerJoin('pledges', 'pledges.id', 'p.pledge_id')
    .innerJoin('agreements', 'agreements.id', 'pledges.agreement_id')
    .innerJoin('governments', 'governments.id', 'agreements.government_id')
    .innerJoin('evidence_documents as d', 'd.id', 'p.document_id')
    .innerJoin('evidence_sources as s', 's.id', 'd.source_id')
    .leftJoin('updates', 'updates.id', 'p.update_id');
  if (filter.id !== undefined) query = query.where('p.id', '=', filter.id);
  if (filter.pledgeId !== undefined) query = query.where('p.pledge_id', '=', filter.pledgeId);
  if (filter.partnerId !== undefined) query = query.where('pledges.partner_id', '=', filter.partnerId);
  // Open: undecided, with its draft still a draft (a draft published or deleted elsewhere decided it).
  if (filter.state === 'open')
    return query
      .where('p.decision', '=', 'open')
      .where('p.update_id', 'is not', null)
      .where((eb) => isDraftDevelopment(eb));
  return query.where((eb) => eb.or([eb('p.decision', '<>', 'open'), eb('p.update_id', 'is', null), isPublishedDevelopment(eb)]));
}

/** Newest first: the latest proposals, then the latest documents. */
export async function listProposals(db: Db, filter: ProposalFilter): Promise<ProposalListItem[]> {
  return filtered(db, filter)
    .leftJoin('users', 'users.id', 'p.decided_by')
    .selectAll('p')
    .select([
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
      'pledges.status as pledge_status',
      'pledges.partner_id as pledge_partner_id',
      'governments.active as government_active',
      'd.kind as document_kind',
      'd.title as document_title',
      'd.url as document_url',
      'd.date as document_date',
      'd.raw as document_raw',
      'd.fetched_from as document_fetched_from',
      'd.retrieved_at as document_retrieved_at',
      's.title as source_title',
      'updates.published_at as update_published_at',
      'users.email as decided_by_email',
    ])
    .orderBy('p.created_at', 'desc')
    .orderBy('d.date', 'desc')
    .orderBy('p.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countProposals(db: Db, filter: Omit<ProposalFilter, 'limit' | 'offset'>): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findProposalById(db: Db, id: number): Promise<EvidenceProposal | undefined> {
  return db.selectFrom('evidence_proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The drafts of proposals, with their sources. */
export async function listDrafts(db: Db, developmentIds: readonly number[]): Promise<DevelopmentWithSources[]> {
  if (developmentIds.length === 0) return [];
  return withSources(db, await db.selectFrom('updates').selectAll().where('id', 'in', developmentIds).execute());
}
