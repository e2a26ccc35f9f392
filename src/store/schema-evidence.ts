// Tables of evidence discovery: the sources read, the raw documents found, and the proposals made.
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Status } from '../domain/status.ts';

type CreatedAt = ColumnType<string, string | undefined, never>;
type Flag = number;

export type EvidenceSourceKind = 'dip' | 'feed';

export interface EvidenceSourceTable {
  id: Generated<number>;
  kind: EvidenceSourceKind;
  /** `dip:20` for a Wahlperiode of the DIP; a feed's address. */
  key: string;
  title: string;
  /** The feed's address; null for the DIP (its address is DIP_API_URL). */
  url: string | null;
  active: ColumnType<Flag, Flag | undefined, Flag>;
  /** The feed's validators for a conditional GET. */
  etag: string | null;
  last_modified: string | null;
  /** DIP: when the last complete sync began; the next asks for changes since a little before it. */
  synced_until: string | null;
  last_run_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type EvidenceDocumentKind = 'dip-vorgang' | 'feed-item';

/** A document as retrieved: a DIP Vorgang with its Vorgangspositionen and cited Drucksachen, or a feed item. */
export interface EvidenceDocumentTable {
  id: Generated<number>;
  source_id: number;
  kind: EvidenceDocumentKind;
  /** The Vorgang's id, the item's guid. */
  external_id: string;
  title: string;
  /** The document's own day (YYYY-MM-DD): a Vorgang's latest document, an item's publication. */
  date: string | null;
  /** Its page for readers: the DIP's Vorgang page, the item's link. */
  url: string | null;
  raw: string; // JSON
  /** Where it was retrieved from (the API's address without the key, the feed's). */
  fetched_from: string;
  retrieved_at: string;
  content_hash: string;
  /** The content_hash it was last matched at; null or another value: it is matched at the next run. */
  matched_hash: string | null;
  created_at: CreatedAt;
}

export type ProposalDecision = 'open' | 'confirmed' | 'rejected';

/**
 * What a document says about a Vorhaben at one stage (docs/evidence.md): unique per document, Vorhaben
 * and stage, so nothing proposes twice, and kept when rejected, so a rejection stays.
 */
export interface EvidenceProposalTable {
  id: Generated<number>;
  document_id: number;
  pledge_id: number;
  /** `introduced`, `promulgated`, `failed`, `other` (a Vorgang), `item` (a feed item). */
  stage: string;
  /** The draft development; null once it is deleted. */
  update_id: number | null;
  proposed_status: Status | null;
  score: number;
  reason: string;
  decision: ColumnType<ProposalDecision, ProposalDecision | undefined, ProposalDecision>;
  decided_by: number | null;
  decided_at: string | null;
  created_at: string;
}

export interface EvidenceTables {
  evidence_sources: EvidenceSourceTable;
  evidence_documents: EvidenceDocumentTable;
  evidence_proposals: EvidenceProposalTable;
}

export type EvidenceSource = Selectable<EvidenceSourceTable>;
export type EvidenceDocumentRow = Selectable<EvidenceDocumentTable>;
export type EvidenceProposal = Selectable<EvidenceProposalTable>;
