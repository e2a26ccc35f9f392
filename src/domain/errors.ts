// The error catalogue: one type per kind of failure, each with an HTTP status and a stable id.
import type { MergeResult } from './edit-merge.ts';

/**
 * What a reader of the public site may be told of a failure: keys of the public catalogues
 * (web/i18n/de.ts, en.ts), with what each text names.
 */
export interface PublicErrorParams {
  notFound: Record<string, never>;
  'notFound.pledge': { slug: string };
  'notFound.chapter': { slug: string };
  'notFound.topic': { slug: string };
  'notFound.ministry': { slug: string };
  'notFound.agreement': { slug: string };
  forbidden: Record<string, never>;
  archived: Record<string, never>;
}

/** What the back office may be told besides: keys of its catalogue (web/i18n/admin/catalogue.ts). */
export interface AdminErrorParams {
  'notFound.development': Record<string, never>;
  'notFound.suggestion': Record<string, never>;
  'notFound.candidate': Record<string, never>;
  'notFound.proposal': Record<string, never>;
  'notFound.feed': Record<string, never>;
  'notFound.account': Record<string, never>;
  'notFound.government': Record<string, never>;
  'forbidden.permission': Record<string, never>;
  'forbidden.developmentsOfPledge': Record<string, never>;
  'forbidden.moderateSuggestions': Record<string, never>;
  'forbidden.reviewCandidates': Record<string, never>;
  'forbidden.reviewProposals': Record<string, never>;
  'forbidden.proposalsOfPledge': Record<string, never>;
  'forbidden.manageSources': Record<string, never>;
  'forbidden.readAudit': Record<string, never>;
  'forbidden.deletePublished': Record<string, never>;
  'conflict.suggestionDecided': Record<string, never>;
  'conflict.suggestionDecidedMeanwhile': Record<string, never>;
  'conflict.proposalDecidedMeanwhile': Record<string, never>;
  tooManyAttempts: { minutes: number; newBrowser: boolean };
}

export type ErrorParams = PublicErrorParams & AdminErrorParams;
export type ErrorKey = keyof ErrorParams;
/** A message key and its parameters: the web layer says it in the words of its surface's catalogue. */
export type Problem = { [K in ErrorKey]: { key: K; params: ErrorParams[K] } }[ErrorKey];

export function problem<K extends ErrorKey>(
  key: K,
  ...params: ErrorParams[K] extends Record<string, never> ? [] : [ErrorParams[K]]
): Problem {
  return { key, params: params[0] ?? {} } as Problem;
}

/** The problem as one line for logs and the command line, which have no catalogue. */
function describe(given: Problem): string {
  const params = Object.entries(given.params);
  return params.length === 0 ? given.key : `${given.key} (${params.map(([name, value]) => `${name}: ${String(value)}`).join(', ')})`;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly id: string;
  /** What to tell a person, as a message key; without one, the surface says only what kind of failure it was. */
  readonly reason: Problem | undefined;

  /** `cause`: a message key for the interfaces, or a text for the API and the command line (English). */
  constructor(cause: Problem | string) {
    super(typeof cause === 'string' ? cause : describe(cause));
    this.reason = typeof cause === 'string' ? undefined : cause;
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly id = 'not_found';
  constructor(cause: Problem | string = problem('notFound')) {
    super(cause);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly id = 'forbidden';
  constructor(cause: Problem | string = problem('forbidden')) {
    super(cause);
  }
}

/**
 * What the back office's forms may be told of a field, besides the texts of older forms: keys of its
 * catalogue, with what each text names.
 */
export interface AdminFieldParams {
  'candidate.gone': Record<string, never>;
  'ministry.foiAuthority': Record<string, never>;
  'candidate.decidedMeanwhile': { decision: 'open' | 'accepted' | 'rejected' };
  'candidate.taken': Record<string, never>;
  'candidate.slugTaken': { slug: string };
  'candidate.endBeyondText': { length: number };
  'candidate.startAfterEnd': Record<string, never>;
  'candidate.onlySpace': Record<string, never>;
  'candidate.chooseOther': Record<string, never>;
  'candidate.mergeDecided': { number: number; decision: 'open' | 'accepted' | 'rejected' };
  'candidate.titleRequired': Record<string, never>;
  'candidate.titleLong': Record<string, never>;
  'candidate.slugRequired': Record<string, never>;
  'candidate.slugForm': Record<string, never>;
  'candidate.numberRequired': Record<string, never>;
  'candidate.startNumber': Record<string, never>;
  'candidate.endNumber': Record<string, never>;
  'candidate.choose': Record<string, never>;
  'candidate.noSplit': Record<string, never>;
  /** Generic checks of form fields; `min` and `max` are filled in from the schema by `validate`. */
  'text.min': { min: number };
  'text.max': { max: number };
  'date.form': Record<string, never>;
  'url.http': Record<string, never>;
  'email.form': Record<string, never>;
  'status.choose': Record<string, never>;
  'rating.range': Record<string, never>;
  'slug.form': Record<string, never>;
  'login.failed': Record<string, never>;
  'account.role': Record<string, never>;
  'account.expertOrganisation': Record<string, never>;
  'account.ownLock': Record<string, never>;
  'password.currentRequired': Record<string, never>;
  'password.currentWrong': Record<string, never>;
  'password.repeatDiffers': Record<string, never>;
  'number.nonNegative': Record<string, never>;
  'source.titleRequired': Record<string, never>;
  'source.requiredToPublish': Record<string, never>;
  'suggestion.reasonRequired': Record<string, never>;
  'suggestion.sourceNotHttp': Record<string, never>;
  'audit.user': Record<string, never>;
  'audit.entityType': Record<string, never>;
  'audit.action': Record<string, never>;
  'audit.pledge': Record<string, never>;
  'audit.before': Record<string, never>;
  'pledge.quoteRange': { length: number };
  'development.deleteConfirm': Record<string, never>;
  'candidate.undoPublished': Record<string, never>;
  'pledge.deletePublished': Record<string, never>;
  'pledge.deleteDependents': { developments: number; suggestions: number; proposals: number };
  'pledge.deleteConfirm': Record<string, never>;
  'pledge.slugTaken': { slug: string };
  'pledge.selectionNotFound': Record<string, never>;
}

export type FieldKey = keyof AdminFieldParams;

/** `message`: a key of the surface's catalogue (with `params`), or, in forms not yet moved to keys, the text itself. */
export interface FieldIssue {
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

/** A key as a schema's message (zod takes text): typed here, said by the catalogue. */
export const fieldKey = (key: FieldKey): string => key;

export function fieldIssue<K extends FieldKey>(
  field: string,
  key: K,
  ...params: AdminFieldParams[K] extends Record<string, never> ? [] : [AdminFieldParams[K]]
): FieldIssue {
  return params[0] === undefined ? { field, message: key } : { field, message: key, params: params[0] };
}

export class ValidationError extends AppError {
  readonly status = 422;
  readonly id = 'validation';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly id: string = 'conflict';
}

/** A write on the content of an archived government (`active=false`): archives are read-only. */
export class ArchivedError extends ConflictError {
  override readonly id = 'archived';
  constructor() {
    super(problem('archived'));
  }
}

/** A fault in an input file: where it is (file, line, field) and what is wrong. */
export class InputFileError extends AppError {
  readonly status = 400;
  readonly id = 'input_file';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(formatLocation(file, line, field, problem));
  }
}

function formatLocation(file: string, line: number | undefined, field: string | undefined, problem: string): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where}: ${field}: ${problem}` : `${where}: ${problem}`;
}

export class TooManyRequestsError extends AppError {
  readonly status = 429;
  readonly id = 'too_many_requests';
  constructor(
    cause: Problem | string,
    readonly retryAfterSeconds: number,
  ) {
    super(cause);
  }
}

/** A request body over the limit of its kind (bytes or form fields), refused before it is read whole. */
export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly id = 'payload_too_large';
  constructor(readonly limitBytes: number) {
    super(`Die Anfrage ist zu groß (höchstens ${limitBytes} Bytes).`);
  }
}

/** Who last changed a field, as the audit log has it (`userId` null: the system, e.g. an import). */
export interface LastChange {
  userId: number | null;
  email: string | null;
  at: string;
}

/** A form loaded from an older version, merged with what is saved now (see edit-merge.ts). */
export interface EditConflict<T> extends MergeResult<T> {
  /** The current version: the form offered again is based on it. */
  version: number;
  /** The saved values. */
  current: T;
  /** The form had already shown these conflicts and came back without a decision. */
  undecided: boolean;
  /** Who last changed each unit somebody else changed, where the audit log knows. */
  changes: Record<string, LastChange>;
}

/** Saving a form loaded from an older version: nothing was written; the merge is attached for the editor to check and decide. */
export class EditConflictError<T = Record<string, unknown>> extends AppError {
  readonly status = 409;
  readonly id = 'edit_conflict';
  constructor(
    readonly entity: string,
    readonly conflict: EditConflict<T>,
  ) {
    super(`${entity} wurde inzwischen von jemand anderem geändert.`);
  }
}
