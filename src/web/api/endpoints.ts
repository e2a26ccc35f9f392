// The API's endpoints in one table: path, parameters, response schema and the service that answers.
// routes.ts serves them and openapi.ts describes them, so the two cannot drift apart.
import type { z } from 'zod';
import * as api from '../../services/api/resources.ts';
import * as schemas from '../../services/api/representations.ts';
import type { ApiContext, Page } from '../../services/api/resources.ts';
import * as parameters from './parameters.ts';

type QuerySchema = z.ZodObject;

interface CommonFields {
  /** OpenAPI form: /pledges/{slug}. */
  path: string;
  summary: string;
  tag: string;
  response: z.ZodType;
}

export interface ListEndpoint<Q extends QuerySchema = QuerySchema> extends CommonFields {
  kind: 'list';
  query: Q;
  load: (context: ApiContext, query: z.output<Q>, page: api.PageRequest) => Promise<Page<unknown>>;
}

export interface ItemEndpoint<P extends QuerySchema = QuerySchema> extends CommonFields {
  kind: 'item';
  params: P;
  load: (context: ApiContext, params: z.output<P>) => Promise<unknown>;
}

export type Endpoint = ListEndpoint | ItemEndpoint;

function list<Q extends QuerySchema>(endpoint: Omit<ListEndpoint<Q>, 'kind'>): Endpoint {
  return { kind: 'list', ...endpoint } as unknown as Endpoint;
}

function item<P extends QuerySchema>(endpoint: Omit<ItemEndpoint<P>, 'kind'>): Endpoint {
  return { kind: 'item', ...endpoint } as unknown as Endpoint;
}

/** The page parameters go to the page request, the rest are filters. */
function filtersOf<T extends { limit: number; cursor?: number }>(query: T): Omit<T, 'limit' | 'cursor'> {
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  return filters;
}

export const ENDPOINTS: Endpoint[] = [
  list({
    path: '/governments',
    summary: 'Governments (Regierungen)',
    tag: 'governments',
    query: parameters.governmentsQuery,
    response: schemas.governmentListSchema,
    load: (context, _query, page) => api.listGovernments(context, page),
  }),
  item({
    path: '/governments/{slug}',
    summary: 'One government',
    tag: 'governments',
    params: parameters.slugPath,
    response: schemas.governmentSchema,
    load: (context, { slug }) => api.getGovernment(context, slug),
  }),
  list({
    path: '/agreements',
    summary: 'Coalition agreements (Koalitionsverträge)',
    tag: 'agreements',
    query: parameters.agreementsQuery,
    response: schemas.agreementListSchema,
    load: (context, query, page) => api.listAgreements(context, filtersOf(query), page),
  }),
  item({
    path: '/agreements/{slug}',
    summary: 'One agreement',
    tag: 'agreements',
    params: parameters.slugPath,
    response: schemas.agreementSchema,
    load: (context, { slug }) => api.getAgreement(context, slug),
  }),
  list({
    path: '/chapters',
    summary: 'Chapters (Kapitel) without their text',
    tag: 'chapters',
    query: parameters.chaptersQuery,
    response: schemas.chapterListSchema,
    load: (context, query, page) => api.listChapters(context, filtersOf(query), page),
  }),
  item({
    path: '/chapters/{slug}',
    summary: 'One chapter with its text and published pledges',
    tag: 'chapters',
    params: parameters.slugPath,
    response: schemas.chapterDetailSchema,
    load: (context, { slug }) => api.getChapter(context, slug),
  }),
  list({
    path: '/pledges',
    summary: 'Published pledges (Vorhaben), filtered like the list /vorhaben',
    tag: 'pledges',
    query: parameters.pledgesQuery,
    response: schemas.pledgeListSchema,
    load: (context, query, page) => api.listPledges(context, parameters.pledgeFilterOf(query), page),
  }),
  item({
    path: '/pledges/{slug}',
    summary: 'One published pledge with its published developments',
    tag: 'pledges',
    params: parameters.slugPath,
    response: schemas.pledgeDetailSchema,
    load: (context, { slug }) => api.getPledge(context, slug),
  }),
  list({
    path: '/updates',
    summary: 'Published developments (Entwicklungen) of published pledges',
    tag: 'updates',
    query: parameters.developmentsQuery,
    response: schemas.developmentListSchema,
    load: (context, query, page) => api.listDevelopments(context, parameters.pledgeFilterOf(query), page),
  }),
  item({
    path: '/updates/{id}',
    summary: 'One published development',
    tag: 'updates',
    params: parameters.idPath,
    response: schemas.developmentSchema,
    load: (context, { id }) => api.getDevelopment(context, id),
  }),
  list({
    path: '/sources',
    summary: 'Sources (Nachweise) of published developments',
    tag: 'sources',
    query: parameters.sourcesQuery,
    response: schemas.sourceListSchema,
    load: (context, query, page) => api.listSources(context, { ...parameters.pledgeFilterOf(query), development: query.update }, page),
  }),
  item({
    path: '/sources/{id}',
    summary: 'One source',
    tag: 'sources',
    params: parameters.idPath,
    response: schemas.sourceSchema,
    load: (context, { id }) => api.getSource(context, id),
  }),
];
