// The one type that describes every table; dates are ISO text and flags 0/1 on both dialects.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../domain/roles.ts';
import type { Status } from '../domain/status.ts';
import type { EvidenceTables } from './schema-evidence.ts';
import type { MailTables } from './schema-mail.ts';
import type { SearchTables } from './schema-search.ts';

/** Set by the database on insert, never written afterwards. */
type CreatedAt = ColumnType<string, string | undefined, never>;
/** 0 or 1. */
type Flag = number;

export interface GovernmentTable {
  id: Generated<number>;
  slug: string;
  name: string;
  parties: string; // JSON array of party names
  term_start: string | null;
  term_end: string | null;
  active: Flag;
  created_at: CreatedAt;
}

export interface AgreementTable {
  id: Generated<number>;
  government_id: number;
  slug: string;
  title: string;
  source_url: string | null;
  licence: string | null;
  created_at: CreatedAt;
}

export interface ChapterTable {
  id: Generated<number>;
  agreement_id: number;
  slug: string;
  file_name: string;
  number: string | null;
  heading: string; // the frontmatter title, number included
  title: string;
  section: string | null;
  position: number;
  body: string;
  published: Flag;
  extra: string; // JSON object of frontmatter keys kept for export
  line_map: string | null; // page and printed line of each line of the body (formats/pdf/line-map.ts)
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface MinistryTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** The ministry's slug on the freedom-of-information portal (FOI_URL_TEMPLATE's `{authority}`); null: not mapped. */
  foi_authority: string | null;
}

export interface OrganisationTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface PledgeTable {
  id: Generated<number>;
  agreement_id: number;
  chapter_id: number;
  slug: string;
  title: string;
  quote: string | null;
  quote_start: number | null;
  quote_end: number | null;
  success_criterion: string | null;
  deadline: string | null;
  lead_ministry_id: number | null;
  partner_id: number | null;
  published: Flag;
  /** Cached from the published developments; see store/pledge-state.ts. */
  status: ColumnType<Status, Status | undefined, Status>;
  rating: number | null;
  last_event_date: string | null;
  /** The statement as last read from a file, so re-reading the same file changes nothing. */
  imported_statement: string | null;
  /** The statement's id in its file, unique within the agreement; the slug is derived from it. */
  statement_id: string | null;
  /** The statement's mapping as the file wrote it (JSON), so an export writes back every field. */
  statement_source: string | null;
  /** Day of the latest change by an editor or by a newer statement of a file (YYYY-MM-DD). */
  changed_on: string | null;
  /** When it was first made public; until then its slug follows its title (null: never). */
  first_published_at: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

/** A slug a Vorhaben had before: it keeps leading there (301). */
export interface PledgeSlugRedirectTable {
  slug: string;
  pledge_id: number;
  created_at: string;
}

export interface PledgeTopicTable {
  pledge_id: number;
  topic_id: number;
}

/** `discovery`: a proposal of evidence discovery (docs/evidence.md), a draft until an editor confirms it. */
export type DevelopmentOrigin = 'import' | 'editor' | 'suggestion' | 'discovery';

export interface DevelopmentTable {
  id: Generated<number>;
  pledge_id: number;
  event_date: string;
  published_at: string | null;
  title: string;
  body: string;
  status_change: Status | null;
  rating_change: number | null;
  origin: DevelopmentOrigin;
  /** 1: written by the tracker itself (a rating from the edit form, a file's status): status history, no development to read. */
  automatic: ColumnType<Flag, Flag | undefined, Flag>;
  author_id: ColumnType<number | null, number | null | undefined, number | null>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

export interface SourceTable {
  id: Generated<number>;
  update_id: number;
  position: number;
  url: string;
  title: string;
  publisher: string | null;
  published_on: string | null;
}

/** open: waiting for an editor; accepted: became a pledge; rejected: kept so re-import does not bring it back. */
export type CandidateDecision = 'open' | 'accepted' | 'rejected';

export interface CandidateTable {
  id: Generated<number>;
  chapter_id: number;
  start_offset: number;
  end_offset: number;
  text: string;
  score: number;
  kind: 'specific' | 'vague';
  cues: string; // JSON array of cue ids
  title: string;
  slug: string;
  /** 0 when the extractor no longer proposes this text; kept for its decision. */
  present: ColumnType<Flag, Flag | undefined, Flag>;
  decision: ColumnType<CandidateDecision, CandidateDecision | undefined, CandidateDecision>;
  pledge_id: number | null;
  decided_at: string | null;
  decided_by: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: Role;
  organisation_id: number | null;
  disabled: ColumnType<Flag, Flag | undefined, Flag>;
  /** 1: mail this account when a suggestion arrives. */
  notify_suggestions: ColumnType<Flag, Flag | undefined, Flag>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: string;
}

/** A counter of attempts (`failures`, named for what it first counted) in a window that began at `window_start`. */
export interface ThrottleTable {
  key: string;
  failures: number;
  window_start: string;
  /** No longer set: a counter over its limit refuses for the rest of its window. */
  blocked_until: string | null;
}

/** A browser that signed in to an account: its own allowance in the sign-in throttle. */
export interface SignInClientTable {
  /** SHA-256 of the client cookie. */
  client_hash: string;
  user_id: number;
  last_sign_in_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: number | null;
  summary: string;
  before: string | null; // JSON
  after: string | null; // JSON
}

export type SuggestionStatus = 'open' | 'accepted' | 'rejected';

export interface SuggestionTable {
  id: Generated<number>;
  pledge_id: number;
  text: string;
  source_url: string;
  email: string | null;
  status: ColumnType<SuggestionStatus, SuggestionStatus | undefined, SuggestionStatus>;
  reason: string | null;
  update_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  created_at: CreatedAt;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** Every table; the search and mail tables are described in their own files. */
/** One row (id 1) whose version every change to public content raises. */
export interface ContentVersionTable {
  id: number;
  version: number;
}

export interface Database extends SearchTables, MailTables, EvidenceTables {
  governments: GovernmentTable;
  agreements: AgreementTable;
  chapters: ChapterTable;
  topics: TopicTable;
  ministries: MinistryTable;
  organisations: OrganisationTable;
  pledges: PledgeTable;
  pledge_topics: PledgeTopicTable;
  pledge_slug_redirects: PledgeSlugRedirectTable;
  updates: DevelopmentTable;
  sources: SourceTable;
  candidates: CandidateTable;
  users: UserTable;
  sessions: SessionTable;
  throttles: ThrottleTable;
  sign_in_clients: SignInClientTable;
  audit_log: AuditLogTable;
  suggestions: SuggestionTable;
  settings: SettingTable;
  content_version: ContentVersionTable;
}

export type Government = Selectable<GovernmentTable>;
export type Agreement = Selectable<AgreementTable>;
export type Chapter = Selectable<ChapterTable>;
export type NewChapter = Insertable<ChapterTable>;
export type ChapterChanges = Updateable<ChapterTable>;
export type Pledge = Selectable<PledgeTable>;
export type NewPledge = Insertable<PledgeTable>;
export type PledgeChanges = Updateable<PledgeTable>;
export type Development = Selectable<DevelopmentTable>;
export type Source = Selectable<SourceTable>;
export type CandidateRow = Selectable<CandidateTable>;
export type User = Selectable<UserTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type Suggestion = Selectable<SuggestionTable>;
