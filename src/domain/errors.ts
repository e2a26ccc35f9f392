// The error catalogue: one type per kind of failure, each with an HTTP status and a stable id.
import type { MergeResult } from './edit-merge.ts';

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly id: string;
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly id = 'not_found';
  constructor(message = 'Nicht gefunden') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly id = 'forbidden';
  constructor(message = 'Keine Berechtigung') {
    super(message);
  }
}

export interface FieldIssue {
  field: string;
  message: string;
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
  constructor(message = 'Diese Regierung ist archiviert und wird nicht mehr aktualisiert: ihre Kapitel, Vorhaben und Entwicklungen lassen sich nur noch lesen.') {
    super(message);
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
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
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
