// The error catalogue: one type per kind of failure, each with an HTTP status and a stable id.

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

/** Saving over a newer version: nothing was written; both versions are attached. */
export class EditConflictError extends AppError {
  readonly status = 409;
  readonly id = 'edit_conflict';
  constructor(
    readonly entity: string,
    readonly yours: Record<string, unknown>,
    readonly theirs: Record<string, unknown>,
  ) {
    super(`${entity} wurde inzwischen von jemand anderem geändert.`);
  }
}
