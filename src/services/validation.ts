// zod at the service boundary: input that does not fit becomes a ValidationError with fields.
import { z } from 'zod';
import { ValidationError, type FieldIssue } from '../domain/errors.ts';
import { lineText, multilineText } from '../domain/text-characters.ts';

export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(parsed.error.issues.map(fieldIssueOf));
}

/** A zod issue as a field issue; a length limit travels along, for messages such as „höchstens {max} Zeichen“. */
function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.') || 'form';
  if (issue.code === 'too_small') return { field, message: issue.message, params: { min: Number(issue.minimum) } };
  if (issue.code === 'too_big') return { field, message: issue.message, params: { max: Number(issue.maximum) } };
  return { field, message: issue.message };
}

/**
 * Text fields of forms. Control characters and the like show nothing and break the feeds and share
 * pictures, so they are dropped before any other check; one-line fields turn line breaks and tabs
 * into spaces, longer texts keep them (line breaks as \n).
 */
export const lineField = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(lineText);
export const textField = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(multilineText);
