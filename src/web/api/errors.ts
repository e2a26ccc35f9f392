// Errors of the API as JSON: { "error": { "code", "message", "field"? } }, never a page or a stack trace.
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, NotFoundError } from '../../domain/errors.ts';
import type { Logger } from '../../log.ts';
import { errorMessage } from '../i18n/errors.ts';
import type { ApiError } from '../../services/api/representations.ts';

type ErrorCode = ApiError['error']['code'];

/** A query or path parameter the API cannot use. */
export class ParameterError extends AppError {
  readonly status = 400;
  readonly id = 'invalid_parameter';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function parameterErrorOf(error: z.ZodError): ParameterError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return new ParameterError(issue.keys[0]!, 'unknown parameter');
  return new ParameterError(String(issue.path[0] ?? ''), issue.message);
}

export function errorResponse(c: Context, status: 400 | 404 | 405 | 500, code: ErrorCode, message: string, field?: string): Response {
  const body: ApiError = { error: field === undefined ? { code, message } : { code, message, field } };
  return c.json(body, status);
}

export function handleApiError(error: Error, c: Context, logger: Logger | undefined): Response {
  if (error instanceof ParameterError) return errorResponse(c, 400, 'invalid_parameter', error.message, error.field);
  if (error instanceof NotFoundError) return errorResponse(c, 404, 'not_found', errorMessage(error, 'en'));
  logger?.error({ err: error, path: c.req.path }, 'API request failed');
  return errorResponse(c, 500, 'internal', 'internal error');
}
