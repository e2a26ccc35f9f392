// zod at the service boundary: input that does not fit becomes a ValidationError with fields.
import { z } from 'zod';
import { ValidationError } from '../domain/errors.ts';
import { lineText, multilineText } from '../domain/text-characters.ts';

export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message })),
  );
}

/**
 * Text fields of forms. Control characters and the like show nothing and break the feeds and share
 * pictures, so they are dropped before any other check; one-line fields turn line breaks and tabs
 * into spaces, longer texts keep them (line breaks as \n).
 */
export const lineField = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(lineText);
export const textField = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(multilineText);
