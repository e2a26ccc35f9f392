// The pledge edit form as the service accepts it.
import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { fieldKey } from '../../domain/errors.ts';
import { isSlug } from '../../domain/slug.ts';
import { lineField, textField } from '../validation.ts';

const optionalLine = lineField()
  .trim()
  .max(2000)
  .transform((value) => (value === '' ? null : value));

const optionalOffset = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, fieldKey('number.nonNegative'))
  .transform((value) => (value === '' ? null : Number(value)));

export const pledgeFormSchema = z.object({
  version: z.coerce.number({ error: 'fehlt' }).int().min(1),
  title: lineField().trim().min(3, fieldKey('text.min')).max(300, fieldKey('text.max')),
  slug: z.string().trim().refine(isSlug, fieldKey('slug.form')).optional(),
  quote_start: optionalOffset,
  quote_end: optionalOffset,
  success_criterion: textField()
    .trim()
    .max(2000)
    .transform((value) => (value === '' ? null : value)),
  deadline: z
    .string()
    .trim()
    .refine((value) => value === '' || isCalendarDate(value), fieldKey('date.form'))
    .transform((value) => (value === '' ? null : value)),
  lead_ministry: optionalLine,
  partner: optionalLine,
  topics: lineField()
    .max(2000)
    .transform((value) => [
      ...new Set(
        value
          .split(',')
          .map((topic) => topic.trim())
          .filter(Boolean),
      ),
    ]),
  rating: z
    .string()
    .trim()
    .refine((value) => value === '' || /^[1-5]$/.test(value), fieldKey('rating.range'))
    .transform((value) => (value === '' ? null : Number(value))),
  published: z
    .string()
    .optional()
    .transform((value) => value === '1'),
});

export type PledgeForm = z.infer<typeof pledgeFormSchema>;
