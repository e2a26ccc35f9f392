// The development form as the service accepts it: dated text, sources (required to publish), optional status/rating change.
import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { fieldIssue, fieldKey, ValidationError } from '../../domain/errors.ts';
import { isStatus, type Status } from '../../domain/status.ts';
import { httpUrl } from '../../formats/okf-schema.ts';
import { lineField, textField } from '../validation.ts';

const isoDate = z.string().trim().refine(isCalendarDate, fieldKey('date.form'));

const list = z
  .union([lineField(), z.array(lineField())])
  .optional()
  .transform((value) => (value === undefined ? [] : [value].flat()));

export const MAX_SOURCES = 20;

export const developmentFormSchema = z
  .object({
    version: z.coerce.number().int().min(1).optional(),
    event_date: isoDate,
    title: lineField().trim().min(3, fieldKey('text.min')).max(300, fieldKey('text.max')),
    body: textField().max(20_000, fieldKey('text.max')).default(''),
    status_change: z
      .string()
      .default('')
      .refine((value) => value === '' || isStatus(value), fieldKey('status.choose'))
      .transform((value) => (value === '' ? null : (value as Status))),
    rating_change: z
      .string()
      .default('')
      .refine((value) => value === '' || /^[1-5]$/.test(value), fieldKey('rating.range'))
      .transform((value) => (value === '' ? null : Number(value))),
    source_url: list,
    source_title: list,
    source_publisher: list,
    source_date: list,
  })
  .transform((form, context) => {
    const sources = [];
    const rows = Math.min(MAX_SOURCES, Math.max(form.source_url.length, form.source_title.length));
    for (let row = 0; row < rows; row++) {
      const url = form.source_url[row]?.trim() ?? '';
      const title = form.source_title[row]?.trim() ?? '';
      const publisher = form.source_publisher[row]?.trim() ?? '';
      const date = form.source_date[row]?.trim() ?? '';
      if (!url && !title && !publisher && !date) continue;
      const parsedUrl = httpUrl.safeParse(url);
      if (!parsedUrl.success) context.addIssue({ code: 'custom', path: [`source_url_${row}`], message: fieldKey('url.http') });
      if (!title) context.addIssue({ code: 'custom', path: [`source_title_${row}`], message: fieldKey('source.titleRequired') });
      if (date && !isoDate.safeParse(date).success)
        context.addIssue({ code: 'custom', path: [`source_date_${row}`], message: fieldKey('date.form') });
      sources.push({ url, title, publisher: publisher || null, publishedOn: date || null });
    }
    return {
      version: form.version,
      eventDate: form.event_date,
      title: form.title,
      body: form.body,
      statusChange: form.status_change,
      ratingChange: form.rating_change,
      sources,
    };
  });

export type DevelopmentForm = z.infer<typeof developmentFormSchema>;

/** A draft may wait for its source; what is published names at least one. */
export function requireSourceToPublish(sources: readonly unknown[]): void {
  if (sources.length === 0) throw new ValidationError([fieldIssue('source_url_0', 'source.requiredToPublish')]);
}
