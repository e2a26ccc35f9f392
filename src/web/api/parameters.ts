// The query and path parameters of the API as zod schemas: the handlers parse with them and the
// OpenAPI document describes them. Filter names are those of the HTML list (/vorhaben).
import { z } from 'zod';
import { MAX_RATING, MIN_RATING, STATUSES } from '../../domain/status.ts';
import { decodeCursor } from '../../services/api/cursor.ts';
import type { ApiPledgeFilter } from '../../services/api/resources.ts';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;
/** The largest id both databases store (PostgreSQL's integer). */
const MAX_ID = 2_147_483_647;

const slug = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

const id = z.coerce.number().int().min(1).max(MAX_ID);

/** A parameter that may be given several times (status=a&status=b) or comma-separated (status=a,b). */
function several<T extends z.ZodType>(item: T, description: string) {
  return z.array(item).min(1).optional().describe(description);
}

const pageParameters = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`entries per page, at most ${MAX_LIMIT}`),
  cursor: z
    .string()
    .transform((value, context) => {
      const afterId = decodeCursor(value);
      if (afterId === undefined || afterId > MAX_ID) {
        context.addIssue({ code: 'custom', message: 'not a cursor of this API; take it from "next" as it is' });
        return z.NEVER;
      }
      return afterId;
    })
    .optional()
    .describe('where the page starts: copy it from the "next" link of the previous page'),
};

export const governmentsQuery = z.strictObject({ ...pageParameters });

export const agreementsQuery = z.strictObject({
  ...pageParameters,
  government: slug.optional().describe('slug of a government'),
});

export const chaptersQuery = z.strictObject({
  ...pageParameters,
  agreement: slug.optional().describe('slug of an agreement'),
});

export const pledgesQuery = z.strictObject({
  ...pageParameters,
  agreement: slug.optional().describe('slug of an agreement'),
  status: several(z.enum(STATUSES), 'one or more statuses'),
  chapter: several(slug, 'one or more chapter slugs'),
  topic: several(slug, 'one or more topic slugs'),
  ministry: several(slug, 'one or more slugs of a lead ministry'),
  partner: several(slug, 'one or more slugs of a partner organisation'),
  rating: several(z.coerce.number().int().min(MIN_RATING).max(MAX_RATING), `one or more ratings, ${MIN_RATING} to ${MAX_RATING}`),
  overdue: z
    .enum(['1', '0', 'true', 'false'])
    .transform((value) => value === '1' || value === 'true')
    .optional()
    .describe('1: only pledges past their deadline and neither implemented nor broken; 0: only the others'),
});

export const developmentsQuery = z.strictObject({
  ...pageParameters,
  agreement: slug.optional().describe('slug of an agreement'),
  pledge: slug.optional().describe('slug of a pledge'),
});

export const sourcesQuery = z.strictObject({
  ...pageParameters,
  pledge: slug.optional().describe('slug of a pledge'),
  update: id.optional().describe('id of a development'),
});

export const slugPath = z.strictObject({ slug });
export const idPath = z.strictObject({ id });

type FilterParameters = Partial<
  Pick<z.output<typeof pledgesQuery>, 'agreement' | 'status' | 'chapter' | 'topic' | 'ministry' | 'partner' | 'rating' | 'overdue'>
> & {
  pledge?: string;
};

/** The filter parameters of the pledges, updates and sources lists, named as the API names them, as the one filter of Vorhaben. */
export function pledgeFilterOf(query: FilterParameters): ApiPledgeFilter {
  return {
    agreement: query.agreement,
    pledges: query.pledge === undefined ? undefined : [query.pledge],
    statuses: query.status,
    chapters: query.chapter,
    topics: query.topic,
    ministries: query.ministry,
    partners: query.partner,
    ratings: query.rating,
    overdue: query.overdue,
  };
}

/** Whether the field of this query schema takes several values. */
export function takesSeveral(field: z.ZodType): boolean {
  return field instanceof z.ZodOptional && field.unwrap() instanceof z.ZodArray;
}
