// What the JSON API and the JSON downloads return, as zod schemas: the types of the service
// results come from them, and the OpenAPI document is generated from them.
import { z } from 'zod';
import { MAX_RATING, MIN_RATING, STATUSES } from '../../domain/status.ts';

/** Every named schema of the API; the OpenAPI document lists them under components.schemas. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const date = z.iso.date();
const timestamp = z.iso.datetime();
const rating = z.number().int().min(MIN_RATING).max(MAX_RATING);

export const statusSchema = z.enum(STATUSES).register(apiSchemas, {
  id: 'Status',
  description: 'not_started, in_progress, partially_implemented, implemented, deferred, broken, unverifiable',
});

export const termSchema = z.object({ slug: z.string(), name: z.string() }).register(apiSchemas, {
  id: 'Term',
  description: 'An entry of a vocabulary: a topic, a ministry or a partner organisation.',
});

export const governmentSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    parties: z.array(z.string()),
    term_start: date.nullable(),
    term_end: date.nullable(),
    active: z.boolean().describe('false: archived, no longer updated'),
  })
  .register(apiSchemas, { id: 'Government' });

export const agreementSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    government: z.string().describe('slug of the government'),
    source_url: z.string().nullable(),
    licence: z.string().nullable().describe('licence of this text edition, as the import named it'),
  })
  .register(apiSchemas, { id: 'Agreement' });

export const chapterSchema = z
  .object({
    slug: z.string(),
    agreement: z.string().describe('slug of the agreement'),
    number: z.string().nullable(),
    heading: z.string(),
    title: z.string(),
    section: z.string().nullable(),
    position: z.number().int(),
    reviewed: z.boolean().describe('false: the editors have not gone through this chapter yet'),
    url: z.url().describe('the chapter page'),
  })
  .register(apiSchemas, { id: 'Chapter' });

const pledgeReference = z.object({ slug: z.string(), title: z.string(), status: statusSchema });

export const chapterDetailSchema = chapterSchema
  .extend({
    body: z.string().describe('the chapter text, Markdown'),
    pledges: z.array(pledgeReference).describe('its published pledges'),
  })
  .register(apiSchemas, { id: 'ChapterDetail' });

export const pledgeSchema = z
  .object({
    slug: z.string(),
    agreement: z.string().describe('slug of the agreement'),
    chapter: z.string().describe('slug of the chapter'),
    chapter_heading: z.string(),
    title: z.string(),
    status: statusSchema,
    rating: rating.nullable().describe('1 (poor) to 5 (very good), separate from the status'),
    deadline: date.nullable(),
    overdue: z.boolean().describe('the deadline has passed and the status is neither implemented nor broken'),
    lead_ministry: termSchema.nullable(),
    partner: termSchema.nullable(),
    topics: z.array(termSchema),
    quote: z.string().nullable().describe('verbatim from the chapter text'),
    quote_start: z.number().int().nullable().describe('UTF-16 offset of the quote in the chapter body'),
    quote_end: z.number().int().nullable(),
    success_criterion: z.string().nullable(),
    last_event_date: date.nullable().describe('date of the newest published development'),
    url: z.url().describe('the pledge page'),
  })
  .register(apiSchemas, { id: 'Pledge' });

export const developmentSourceSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    published_on: date.nullable(),
  })
  .register(apiSchemas, { id: 'UpdateSource' });

export const developmentSchema = z
  .object({
    id: z.number().int(),
    pledge: z.string().describe('slug of the pledge'),
    agreement: z.string().describe('slug of the agreement'),
    event_date: date.describe('when it happened'),
    published_at: timestamp.describe('when the tracker published it'),
    title: z.string(),
    body: z.string().describe('Markdown'),
    status_change: statusSchema.nullable(),
    rating_change: rating.nullable(),
    sources: z.array(developmentSourceSchema),
  })
  .register(apiSchemas, { id: 'Update', description: 'A development (Entwicklung) of a pledge.' });

export const pledgeDetailSchema = pledgeSchema
  .extend({ updates: z.array(developmentSchema).describe('published developments, oldest first') })
  .register(apiSchemas, { id: 'PledgeDetail' });

export const sourceSchema = developmentSourceSchema
  .extend({
    update: z.number().int().describe('id of the development'),
    pledge: z.string().describe('slug of the pledge'),
  })
  .register(apiSchemas, { id: 'Source', description: 'A source (Nachweis) of a development.' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['invalid_parameter', 'not_found', 'method_not_allowed', 'internal']),
      message: z.string(),
      field: z.string().optional().describe('the query parameter at fault'),
    }),
  })
  .register(apiSchemas, { id: 'Error' });

function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      next: z.url().nullable().describe('the next page; null on the last one'),
    })
    .register(apiSchemas, { id });
}

export const governmentListSchema = listOf(governmentSchema, 'GovernmentList');
export const agreementListSchema = listOf(agreementSchema, 'AgreementList');
export const chapterListSchema = listOf(chapterSchema, 'ChapterList');
export const pledgeListSchema = listOf(pledgeSchema, 'PledgeList');
export const developmentListSchema = listOf(developmentSchema, 'UpdateList');
export const sourceListSchema = listOf(sourceSchema, 'SourceList');

export type ApiGovernment = z.infer<typeof governmentSchema>;
export type ApiAgreement = z.infer<typeof agreementSchema>;
export type ApiChapter = z.infer<typeof chapterSchema>;
export type ApiChapterDetail = z.infer<typeof chapterDetailSchema>;
export type ApiPledge = z.infer<typeof pledgeSchema>;
export type ApiPledgeDetail = z.infer<typeof pledgeDetailSchema>;
export type ApiDevelopment = z.infer<typeof developmentSchema>;
export type ApiSource = z.infer<typeof sourceSchema>;
export type ApiError = z.infer<typeof errorSchema>;
