// Use cases of the proposals queue (Funde): the open proposals of evidence discovery, overall or of
// one Vorhaben, newest first, with their reason, evidence and proposed status; confirming one (after
// editing its title, day, status or text, if wanted) publishes its draft through the one write path —
// status, search index, subscribers' mail, audit; rejecting deletes the draft and keeps the rejection, so
// the document never proposes it again. Editors review every Vorhaben, experts those of their
// organisation, as with developments (decision 19).
import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { ConflictError, ForbiddenError, NotFoundError, fieldKey, problem } from '../../domain/errors.ts';
import { can, canWriteDevelopmentsOf, type Actor } from '../../domain/roles.ts';
import { isStatus, type Status } from '../../domain/status.ts';
import type { Db } from '../../store/database.ts';
import { findDocumentById } from '../../store/evidence-documents.ts';
import {
  countProposals,
  decideProposal,
  findProposalById,
  listDrafts,
  listProposals,
  type ProposalFilter,
  type ProposalListItem,
} from '../../store/evidence-proposals.ts';
import { findPledgeBySlug } from '../../store/pledges.ts';
import { findDevelopmentById } from '../../store/developments.ts';
import type { ProposalDecision } from '../../store/schema-evidence.ts';
import { DIP_ATTRIBUTION, evidenceOf } from '../discovery/evidence.ts';
import { changePledge, type Found, type PledgeChange } from '../pledge-change.ts';
import { lineField, textField, validate } from '../validation.ts';
import { describeDevelopment } from './developments.ts';

export type { ProposalDecision } from '../../store/schema-evidence.ts';

export const PROPOSALS_PAGE_SIZE = 25;
const DECIDED_SHOWN = 20;

export interface ProposalView {
  id: number;
  pledge: { slug: string; title: string; status: Status };
  state: ProposalDecision;
  stage: string;
  proposedStatus: Status | null;
  score: number;
  reason: string;
  createdAt: string;
  document: {
    kind: string;
    title: string;
    url: string | null;
    date: string | null;
    source: string;
    retrievedAt: string;
    fetchedFrom: string;
  };
  /** The draft development; null once it was deleted. */
  draft: {
    id: number;
    title: string;
    body: string;
    eventDate: string;
    statusChange: Status | null;
    sources: { title: string; url: string; publisher: string | null; date: string | null }[];
  } | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The Vorhaben's government is archived: shown, no longer decided. */
  archived: boolean;
}

export interface ProposalQueue {
  /** The Vorhaben whose proposals these are; undefined for the overall queue. */
  pledge: { slug: string; title: string } | undefined;
  open: ProposalView[];
  openCount: number;
  decided: ProposalView[];
  page: number;
  pageCount: number;
}

/** Who may review proposals at all: editors, and experts (for their organisation's Vorhaben). */
function reviewerFilter(actor: Actor): Pick<ProposalFilter, 'partnerId'> {
  if (can(actor, 'content.edit')) return {};
  if (actor.role === 'expert' && actor.organisationId !== null) return { partnerId: actor.organisationId };
  throw new ForbiddenError(problem('forbidden.reviewProposals'));
}

export async function loadProposalQueue(db: Db, actor: Actor, options: { pledgeSlug?: string; page: number }): Promise<ProposalQueue> {
  const scope: Omit<ProposalFilter, 'state' | 'limit' | 'offset'> = reviewerFilter(actor);
  let pledge: ProposalQueue['pledge'];
  if (options.pledgeSlug !== undefined) {
    const found = await findPledgeBySlug(db, options.pledgeSlug);
    if (!found) throw new NotFoundError(problem('notFound.pledge', { slug: options.pledgeSlug }));
    if (!canWriteDevelopmentsOf(actor, { partnerId: found.partner_id })) throw new ForbiddenError(problem('forbidden.proposalsOfPledge'));
    scope.pledgeId = found.id;
    pledge = { slug: found.slug, title: found.title };
  }
  const openCount = await countProposals(db, { ...scope, state: 'open' });
  const pageCount = Math.max(1, Math.ceil(openCount / PROPOSALS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const open = await listProposals(db, { ...scope, state: 'open', limit: PROPOSALS_PAGE_SIZE, offset: (page - 1) * PROPOSALS_PAGE_SIZE });
  const decided = await listProposals(db, { ...scope, state: 'decided', limit: DECIDED_SHOWN, offset: 0 });
  return { pledge, open: await present(db, open), openCount, decided: await present(db, decided), page, pageCount };
}

/** The number of open proposals an account may review, for the start page. */
export async function countOpenProposals(db: Db, actor: Actor): Promise<number> {
  if (!can(actor, 'content.edit') && (actor.role !== 'expert' || actor.organisationId === null)) return 0;
  return countProposals(db, { ...reviewerFilter(actor), state: 'open' });
}

function stateOf(row: ProposalListItem): ProposalDecision {
  if (row.decision !== 'open') return row.decision;
  if (row.update_id === null) return 'rejected';
  return row.update_published_at === null ? 'open' : 'confirmed';
}

async function present(db: Db, rows: ProposalListItem[]): Promise<ProposalView[]> {
  const drafts = new Map(
    (
      await listDrafts(
        db,
        rows.flatMap((row) => (row.update_id === null ? [] : [row.update_id])),
      )
    ).map((development) => [development.id, development]),
  );
  return rows.map((row) => {
    const draft = row.update_id === null ? undefined : drafts.get(row.update_id);
    return {
      id: row.id,
      pledge: { slug: row.pledge_slug, title: row.pledge_title, status: row.pledge_status },
      state: stateOf(row),
      stage: row.stage,
      proposedStatus: row.proposed_status,
      score: row.score,
      reason: row.reason,
      createdAt: row.created_at,
      document: {
        kind: row.document_kind,
        title: row.document_title,
        url: row.document_url,
        date: row.document_date,
        source: row.source_title,
        retrievedAt: row.document_retrieved_at,
        fetchedFrom: row.document_fetched_from,
      },
      draft: draft
        ? {
            id: draft.id,
            title: draft.title,
            body: draft.body,
            eventDate: draft.event_date,
            statusChange: draft.status_change,
            sources: draft.sources.map((source) => ({
              title: source.title,
              url: source.url,
              publisher: source.publisher,
              date: source.published_on,
            })),
          }
        : null,
      decidedBy: row.decided_by_email,
      decidedAt: row.decided_at,
      archived: row.government_active === 0,
    };
  });
}

const confirmSchema = z.object({
  title: lineField().trim().min(3, fieldKey('text.min')).max(300, fieldKey('text.max')),
  event_date: z.string().trim().refine(isCalendarDate, fieldKey('date.form')),
  status_change: z
    .string()
    .default('')
    .refine((value) => value === '' || isStatus(value), fieldKey('status.choose'))
    .transform((value) => (value === '' ? null : (value as Status))),
  body: textField().max(20_000, fieldKey('text.max')).default(''),
});

/** Where the queue continues after a decision. */
export interface ProposalOutcome {
  pledgeSlug: string;
  developmentId: number;
}

const decidedMeanwhile = () => new ConflictError(problem('conflict.proposalDecidedMeanwhile'));

type OpenProposal = Awaited<ReturnType<typeof openProposal>>;

/** The proposal and its draft, for a decision: open, with a draft that is not published. */
async function openProposal(db: Db, id: number) {
  const proposal = await findProposalById(db, id);
  if (!proposal) throw new NotFoundError(problem('notFound.proposal'));
  if (proposal.decision !== 'open' || proposal.update_id === null) throw decidedMeanwhile();
  return { ...proposal, update_id: proposal.update_id };
}

/**
 * Publishes the proposal's draft with the form's title, day, status and text, as the editor's
 * development: the write path refreshes the status, indexes, mails the subscribers and audits. A
 * development made from DIP data keeps the DIP's attribution, whatever the text was edited to.
 */
export async function confirmProposal(
  db: Db,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<ProposalOutcome> {
  const form = validate(confirmSchema, input);
  return decideOnDraft(db, actor, id, now, 'confirmed', async (change, proposal) => {
    const { development, pledge } = change;
    const body = await withAttribution(change.db, proposal.document_id, form.body);
    await change.changeDevelopment(development.id, {
      title: form.title,
      eventDate: form.event_date,
      statusChange: form.status_change,
      body,
      publishedAt: change.at,
    });
    const after = (await findDevelopmentById(change.db, development.id))!;
    change.audit({
      action: 'evidence.confirm',
      entityType: 'update',
      entityId: development.id,
      summary: `Fund zu „${pledge.title}“ bestätigt und veröffentlicht: ${form.title}`,
      before: describeDevelopment(development),
      after: describeDevelopment(after),
    });
  });
}

/**
 * Decides an open proposal and does `work` on its draft, through the write path: refused when the draft was
 * published or the proposal decided meanwhile (by another editor, in another tab).
 */
async function decideOnDraft(
  db: Db,
  actor: Actor,
  id: number,
  now: Date,
  decision: 'confirmed' | 'rejected',
  work: (change: PledgeChange & Found<{ developmentId: number }>, proposal: OpenProposal) => Promise<void>,
): Promise<ProposalOutcome> {
  return db.transaction().execute(async (trx) => {
    const proposal = await openProposal(trx, id);
    return changePledge(
      trx,
      { actor, needs: 'developments', at: now.toISOString() },
      { developmentId: proposal.update_id, lock: true },
      async (change) => {
        if (change.development.published_at !== null) throw decidedMeanwhile();
        if (!(await decideProposal(change.db, id, decision, actor.id, change.at))) throw decidedMeanwhile();
        const outcome = { pledgeSlug: change.pledge.slug, developmentId: change.development.id };
        await work(change, proposal);
        return outcome;
      },
    );
  });
}

async function withAttribution(db: Db, documentId: number, body: string): Promise<string> {
  const document = (await findDocumentById(db, documentId))!;
  if (document.kind !== 'dip-vorgang' || body.includes(DIP_ATTRIBUTION)) return body;
  const line = evidenceOf(document, '')?.body.split('\n\n').at(-1) ?? `Quelle: ${DIP_ATTRIBUTION}`;
  return body.trim() === '' ? line : `${body.trimEnd()}\n\n${line}`;
}

/** Deletes the draft and records the rejection: this document does not propose for this Vorhaben again. */
export async function rejectProposal(db: Db, actor: Actor, id: number, now: Date): Promise<ProposalOutcome> {
  return decideOnDraft(db, actor, id, now, 'rejected', async (change) => {
    const { development, pledge } = change;
    await change.deleteDevelopment(development.id);
    change.audit({
      action: 'evidence.reject',
      entityType: 'update',
      entityId: development.id,
      summary: `Fund zu „${pledge.title}“ abgelehnt: ${development.title}`,
      before: describeDevelopment(development),
      after: null,
    });
  });
}
