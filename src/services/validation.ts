// zod at the service boundary: input that does not fit becomes a ValidationError with fields.
import type { z } from 'zod';
import { ValidationError } from '../domain/errors.ts';

export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message })),
  );
}
