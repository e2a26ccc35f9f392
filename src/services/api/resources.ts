// Use cases of the JSON API: one page or one entry of each resource, in the shapes of
// representations.ts. Only what the public may see (store/public-scope.ts), narrowed by the one
// filter of Vorhaben (store/pledge-filter.ts).
import { NotFoundError } from '../../domain/errors.ts';
import { isOverdue } from '../../domain/overdue.ts';
import { findAgreementRow, findGovernmentBySlug, pageOfAgreements, pageOfGovernments, type AgreementRow } from '../../store/agreements.ts';
import { findChapterRow, pageOfChapters, type ChapterRow } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { findPublicPledgeRow, listPublicPledgeRows, pageOfPublicPledges, type PublicPledgeRow } from '../../store/pledge-list.ts';
import type { Government } from '../../store/schema.ts';
import {
  findPublicSource,
  findApiDevelopment,
  listPublicDevelopmentRowsOfPledge,
  pageOfPublicSources,
  pageOfPublicDevelopments,
  publicSourcesOfDevelopments,
  type PublicSourceRow,
  type PublicDevelopmentRow,
} from '../../store/development-list.ts';
import { topicsOfPledges } from '../../store/vocabularies.ts';
import { paths } from '../public/paths.ts';
import { paged, pagedByFilter, type ApiContext, type ApiPledgeFilter, type Page, type PageRequest } from './pages.ts';
import type {
  ApiAgreement,
  ApiChapter,
  ApiChapterDetail,
  ApiGovernment,
  ApiPledge,
  ApiPledgeDetail,
  ApiSource,
  ApiDevelopment,
} from './representations.ts';

export type { ApiContext, ApiPledgeFilter, Page, PageRequest } from './pages.ts';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(`${what} not found`);
  return value;
}

export async function listGovernments({ db }: ApiContext, request: PageRequest): Promise<Page<ApiGovernment>> {
  return paged(
    request,
    (page) => pageOfGovernments(db, page),
    (rows) => rows.map(presentGovernment),
  );
}

export async function getGovernment({ db }: ApiContext, slug: string): Promise<ApiGovernment> {
  return presentGovernment(found(await findGovernmentBySlug(db, slug), `government "${slug}"`));
}

function presentGovernment(row: Government): ApiGovernment {
  return {
    slug: row.slug,
    name: row.name,
    parties: JSON.parse(row.parties) as string[],
    term_start: row.term_start,
    term_end: row.term_end,
    active: row.active === 1,
  };
}

export async function listAgreements(
  { db }: ApiContext,
  filters: { government?: string },
  request: PageRequest,
): Promise<Page<ApiAgreement>> {
  return paged(
    request,
    (page) => pageOfAgreements(db, filters, page),
    (rows) => rows.map(presentAgreement),
  );
}

export async function getAgreement({ db }: ApiContext, slug: string): Promise<ApiAgreement> {
  return presentAgreement(found(await findAgreementRow(db, slug), `agreement "${slug}"`));
}

function presentAgreement(row: AgreementRow): ApiAgreement {
  return { slug: row.slug, title: row.title, government: row.government_slug, source_url: row.source_url, licence: row.licence };
}

export async function listChapters(context: ApiContext, filters: { agreement?: string }, request: PageRequest): Promise<Page<ApiChapter>> {
  return paged(
    request,
    (page) => pageOfChapters(context.db, filters, page),
    (rows) => rows.map((row) => presentChapter(context, row)),
  );
}

export async function getChapter(context: ApiContext, slug: string): Promise<ApiChapterDetail> {
  const row = found(await findChapterRow(context.db, slug), `chapter "${slug}"`);
  const pledges = await listPublicPledgeRows(context.db, { chapters: [slug] });
  return {
    ...presentChapter(context, row),
    body: row.body,
    pledges: pledges.map((pledge) => ({ slug: pledge.slug, title: pledge.title, status: pledge.status })),
  };
}

function presentChapter({ baseUrl }: ApiContext, row: ChapterRow): ApiChapter {
  return {
    slug: row.slug,
    agreement: row.agreement_slug,
    number: row.number,
    heading: row.heading,
    title: row.title,
    section: row.section,
    position: row.position,
    reviewed: row.published === 1,
    url: `${baseUrl}${paths.chapter(row.slug)}`,
  };
}

export async function listPledges(context: ApiContext, filter: ApiPledgeFilter, request: PageRequest): Promise<Page<ApiPledge>> {
  return pagedByFilter(
    context,
    filter,
    request,
    (narrowed, page) => pageOfPublicPledges(context.db, narrowed, page),
    (rows) => presentPledges(context, rows),
  );
}

export async function getPledge(context: ApiContext, slug: string): Promise<ApiPledgeDetail> {
  const row = found(await findPublicPledgeRow(context.db, slug), `pledge "${slug}"`);
  const [pledge] = await presentPledges(context, [row]);
  return { ...pledge!, updates: await presentDevelopments(context.db, await listPublicDevelopmentRowsOfPledge(context.db, row.id)) };
}

async function presentPledges(context: ApiContext, rows: PublicPledgeRow[]): Promise<ApiPledge[]> {
  const topics = await topicsOfPledges(
    context.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    slug: row.slug,
    agreement: row.agreement_slug,
    chapter: row.chapter_slug,
    chapter_heading: row.chapter_heading,
    title: row.title,
    status: row.status,
    rating: row.rating,
    deadline: row.deadline,
    overdue: isOverdue(row, context.today),
    lead_ministry: row.ministry_slug !== null && row.ministry_name !== null ? { slug: row.ministry_slug, name: row.ministry_name } : null,
    partner: row.partner_slug !== null && row.partner_name !== null ? { slug: row.partner_slug, name: row.partner_name } : null,
    topics: (topics.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name })),
    quote: row.quote,
    quote_start: row.quote_start,
    quote_end: row.quote_end,
    success_criterion: row.success_criterion,
    last_event_date: row.last_event_date,
    url: `${context.baseUrl}${paths.pledge(row.slug)}`,
  }));
}

/** The developments of the Vorhaben that match. */
export async function listDevelopments(context: ApiContext, filter: ApiPledgeFilter, request: PageRequest): Promise<Page<ApiDevelopment>> {
  return pagedByFilter(
    context,
    filter,
    request,
    (narrowed, page) => pageOfPublicDevelopments(context.db, narrowed, page),
    (rows) => presentDevelopments(context.db, rows),
  );
}

export async function getDevelopment({ db }: ApiContext, id: number): Promise<ApiDevelopment> {
  const [development] = await presentDevelopments(db, [found(await findApiDevelopment(db, id), `development ${id}`)]);
  return development!;
}

async function presentDevelopments(db: Db, rows: PublicDevelopmentRow[]): Promise<ApiDevelopment[]> {
  const sources = await publicSourcesOfDevelopments(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    pledge: row.pledge_slug,
    agreement: row.agreement_slug,
    event_date: row.event_date,
    published_at: row.published_at!,
    title: row.title,
    body: row.body,
    status_change: row.status_change,
    rating_change: row.rating_change,
    sources: (sources.get(row.id) ?? []).map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      published_on: source.published_on,
    })),
  }));
}

/** The sources of the developments of the Vorhaben that match, or of one development. */
export async function listSources(
  context: ApiContext,
  { development, ...filter }: ApiPledgeFilter & { development?: number },
  request: PageRequest,
): Promise<Page<ApiSource>> {
  return pagedByFilter(
    context,
    filter,
    request,
    (narrowed, page) => pageOfPublicSources(context.db, narrowed, development, page),
    (rows) => rows.map(presentSource),
  );
}

export async function getSource({ db }: ApiContext, id: number): Promise<ApiSource> {
  return presentSource(found(await findPublicSource(db, id), `source ${id}`));
}

function presentSource(row: PublicSourceRow): ApiSource {
  return {
    id: row.id,
    update: row.update_id,
    pledge: row.pledge_slug,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    published_on: row.published_on,
  };
}
