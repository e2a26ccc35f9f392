// A match becomes a proposal: a draft development with its sources, written by the system through the
// one write path, and a proposals row that keeps it from coming twice. Idempotent: a document proposes
// once per Vorhaben and stage; a rejection of any of its proposals for a Vorhaben stays; an open
// proposal whose document reached a later stage is brought up to it rather than joined by a second.
import { ArchivedError } from '../../domain/errors.ts';
import type { Status } from '../../domain/status.ts';
import { advanceProposal, insertProposal, listDrafts, listProposalsOf } from '../../store/evidence-proposals.ts';
import type { Db } from '../../store/database.ts';
import type { EvidenceMatch } from '../../text/evidence/match.ts';
import { changePledge } from '../pledge-change.ts';
import type { Evidence } from './evidence.ts';

/** A proposal made in a run, as `discover --json` prints it. */
export interface MadeProposal {
  pledge: string;
  status: Status | null;
  title: string;
  date: string;
  source_url: string;
  score: number;
  reason: string;
}

/** Proposes the evidence for the matched Vorhaben; the proposal made, or undefined when there is nothing new to say. */
export async function propose(
  db: Db,
  documentId: number,
  evidence: Evidence,
  match: EvidenceMatch,
  at: string,
): Promise<MadeProposal | undefined> {
  try {
    return await changePledge(db, { system: 'discovery', at }, { pledgeId: match.pledgeId }, async (change) => {
      const { pledge } = change;
      const earlier = await listProposalsOf(change.db, documentId, pledge.id);
      const drafts = await listDrafts(
        change.db,
        earlier.flatMap((proposal) => (proposal.update_id === null ? [] : [proposal.update_id])),
      );
      const published = new Map(drafts.map((development) => [development.id, development.published_at]));
      // A rejected proposal, or one whose draft was deleted, says: this document is not about this Vorhaben.
      if (earlier.some((proposal) => proposal.decision === 'rejected' || (proposal.decision === 'open' && proposal.update_id === null)))
        return undefined;
      if (earlier.some((proposal) => proposal.stage === evidence.stage)) return undefined;
      // A status the Vorhaben already has is no news; the evidence still is.
      const status = evidence.status !== null && evidence.status !== pledge.status ? evidence.status : null;
      const reason = `${match.reason}; ${evidence.because}`;
      const draft = {
        eventDate: evidence.date,
        title: evidence.title,
        body: evidence.body,
        statusChange: status,
        sources: evidence.sources,
      };
      const open = earlier.find(
        (proposal) => proposal.decision === 'open' && proposal.update_id !== null && published.get(proposal.update_id) === null,
      );
      if (open) {
        await change.changeDevelopment(open.update_id!, draft);
        await advanceProposal(change.db, open.id, { stage: evidence.stage, proposedStatus: status, score: match.score, reason }, at);
        change.audit({
          action: 'evidence.advance',
          entityType: 'update',
          entityId: open.update_id,
          summary: `Fund zu „${pledge.title}“ auf den neuen Stand gebracht: ${evidence.title}`,
          before: { stage: open.stage, status_change: open.proposed_status ?? '' },
          after: { stage: evidence.stage, status_change: status ?? '', reason },
        });
      } else {
        const developmentId = await change.insertDevelopment({
          pledgeId: pledge.id,
          publishedAt: null,
          ratingChange: null,
          origin: 'discovery',
          authorId: null,
          ...draft,
        });
        await insertProposal(
          change.db,
          { documentId, pledgeId: pledge.id, stage: evidence.stage, developmentId, proposedStatus: status, score: match.score, reason },
          at,
        );
        change.audit({
          action: 'evidence.propose',
          entityType: 'update',
          entityId: developmentId,
          summary: `Fund zu „${pledge.title}“ als Entwurf vorgeschlagen: ${evidence.title}`,
          before: null,
          after: {
            event_date: evidence.date,
            title: evidence.title,
            status_change: status ?? '',
            reason,
            sources: evidence.sources.map((source) => `${source.title} <${source.url}>`).join('; '),
          },
        });
      }
      return {
        pledge: pledge.slug,
        status,
        title: evidence.title,
        date: evidence.date,
        source_url: evidence.url,
        score: match.score,
        reason,
      };
    });
  } catch (error) {
    // The government was archived between reading its Vorhaben and writing: nothing to propose any more.
    if (error instanceof ArchivedError) return undefined;
    throw error;
  }
}
