// zod schemas of the OKF chapter frontmatter, with the tracker's optional extension fields.
import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date.ts';
import { isRating, parseStatus, type Status } from '../domain/status.ts';

/** A calendar date written YYYY-MM-DD (a YAML timestamp with time keeps only its date). */
export const dateField = z
  .string()
  .transform((value) => value.trim().replace(/^(\d{4}-\d{2}-\d{2})[T ].*$/, '$1'))
  .refine(isCalendarDate, 'expected a date written YYYY-MM-DD');

export const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'expected an http:// or https:// address');

const optionalText = z.string().trim().min(1).nullish();

/** Fields a file adds that this format does not know are kept (looseObject) and written back. */
export const reportSchema = z.looseObject({
  title: z.string().trim().min(1, 'a report needs a title'),
  url: httpUrl,
  publisher: optionalText,
  date: dateField.nullish(),
});

const statusField = z.string().transform((value, context): Status => {
  const status = parseStatus(value);
  if (status) return status;
  context.addIssue({
    code: 'custom',
    message: `unknown status "${value}" (expected not_implemented, partially_implemented, implemented, broken, or one of in_progress, deferred, unverifiable)`,
  });
  return z.NEVER;
});

/** Ids as people write them: letters of any script (umlauts, capitals), digits, "-" and "_". */
export const STATEMENT_ID = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]{0,199}$/u;

export const statementSchema = z.looseObject({
  summary: z.string().trim().min(1, 'a statement needs a summary'),
  status: statusField.nullish(),
  id: z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .refine(
      (value) => STATEMENT_ID.test(value),
      'an id starts with a letter or digit and holds only letters, digits, "-" and "_" (at most 200)',
    )
    .nullish(),
  categories: z.array(z.union([z.string(), z.number()]).transform((value) => String(value).trim())).nullish(),
  last_update: dateField.nullish(),
  reports: z.array(reportSchema).nullish(),
  deadline: dateField.nullish(),
  lead_ministry: optionalText,
  rating: z.number().refine(isRating, 'a rating is a whole number from 1 to 5').nullish(),
  success_criterion: optionalText,
  partner: optionalText,
  published: z.boolean({ error: 'expected true or false' }).nullish(),
});

export const frontmatterSchema = z.looseObject({
  title: z.string({ error: 'missing: every chapter needs a title' }).trim().min(1, 'the title is empty'),
  section: z
    .union([z.string(), z.number()])
    .transform((value) => String(value))
    .nullish(),
  statements: z.array(statementSchema).nullish(),
  published: z.boolean({ error: 'expected true or false' }).nullish(),
});

export type StatementInput = z.infer<typeof statementSchema>;
