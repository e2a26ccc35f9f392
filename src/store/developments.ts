// Developments (Entwicklungen; table `updates`) of a pledge and the sources that back them.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import { isDraftDevelopment, isPublishedDevelopment } from './public-scope.ts';
import { inEffectOrder } from './rules.ts';
import type { Source, Development, DevelopmentOrigin } from './schema.ts';

export interface SourceFields {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
}

export interface DevelopmentFields {
  pledgeId: number;
  eventDate: string;
  publishedAt: string | null;
  title: string;
  body: string;
  statusChange: Status | null;
  ratingChange: number | null;
  origin: DevelopmentOrigin;
  authorId?: number | null;
  sources: SourceFields[];
  /** A rating set in the edit form or a file's status taken over: it changes status or rating but is no development to read. */
  automatic?: boolean;
}

export type DevelopmentWithSources = Development & { sources: Source[] };

export async function insertDevelopment(db: Db, fields: DevelopmentFields, now: string): Promise<number> {
  const { id } = await db
    .insertInto('updates')
    .values({
      pledge_id: fields.pledgeId,
      event_date: fields.eventDate,
      published_at: fields.publishedAt,
      title: fields.title,
      body: fields.body,
      status_change: fields.statusChange,
      rating_change: fields.ratingChange,
      origin: fields.origin,
      author_id: fields.authorId ?? null,
      automatic: fields.automatic ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertSources(db, id, fields.sources);
  return id;
}

/** A development's sources, in the order given. */
async function insertSources(db: Db, developmentId: number, sources: readonly SourceFields[]): Promise<void> {
  if (sources.length === 0) return;
  await db
    .insertInto('sources')
    .values(
      sources.map((source, position) => ({
        update_id: developmentId,
        position,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        published_on: source.publishedOn,
      })),
    )
    .execute();
}

/** All developments of a pledge, drafts included, in the order they take effect. */
/** Which Vorhaben a development belongs to and whether it is published, as the write path needs before a change. */
export async function findDevelopmentState(db: Db, id: number): Promise<{ pledgeId: number; published: boolean }> {
  const row = await db.selectFrom('updates').select(['pledge_id', 'published_at']).where('id', '=', id).executeTakeFirstOrThrow();
  return { pledgeId: row.pledge_id, published: row.published_at !== null };
}

export async function listDevelopmentsOfPledge(db: Db, pledgeId: number): Promise<DevelopmentWithSources[]> {
  const developments = await inEffectOrder(db.selectFrom('updates').selectAll().where('pledge_id', '=', pledgeId)).execute();
  return withSources(db, developments);
}

/** Sources of the published developments of a pledge, in the order they took effect. */
export async function listPublishedSourcesOfPledge(db: Db, pledgeId: number): Promise<Source[]> {
  const query = db
    .selectFrom('sources')
    .innerJoin('updates', 'updates.id', 'sources.update_id')
    .selectAll('sources')
    .where('updates.pledge_id', '=', pledgeId)
    .where(isPublishedDevelopment);
  return inEffectOrder(query).orderBy('sources.position').execute();
}

/** Drafts waiting to be published, for the back office. */
export async function countDraftDevelopments(db: Db): Promise<number> {
  const row = await db
    .selectFrom('updates')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where(isDraftDevelopment)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function withSources(db: Db, developments: Development[]): Promise<DevelopmentWithSources[]> {
  if (developments.length === 0) return [];
  const sources = await db
    .selectFrom('sources')
    .selectAll()
    .where(
      'update_id',
      'in',
      developments.map((development) => development.id),
    )
    .orderBy('position')
    .execute();
  return developments.map((development) => ({ ...development, sources: sources.filter((source) => source.update_id === development.id) }));
}

/** `forUpdate`: on PostgreSQL the row stays locked until the transaction ends, so edits of one development run one after another, each seeing the last. */
export async function findDevelopmentById(
  db: Db,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<DevelopmentWithSources | undefined> {
  const query = db.selectFrom('updates').selectAll().where('id', '=', id);
  const development = await (options.forUpdate && isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
  return development ? (await withSources(db, [development]))[0] : undefined;
}

export type DevelopmentChanges = Partial<Omit<DevelopmentFields, 'pledgeId' | 'origin' | 'sources'>>;

/** Changes a development; `sources`, when given, replace the old ones. */
export async function changeDevelopment(
  db: Db,
  id: number,
  changes: DevelopmentChanges & { sources?: SourceFields[] },
  now: string,
): Promise<void> {
  const { sources, ...fields } = changes;
  const row = {
    ...(fields.eventDate !== undefined ? { event_date: fields.eventDate } : {}),
    ...(fields.publishedAt !== undefined ? { published_at: fields.publishedAt } : {}),
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.body !== undefined ? { body: fields.body } : {}),
    ...(fields.statusChange !== undefined ? { status_change: fields.statusChange } : {}),
    ...(fields.ratingChange !== undefined ? { rating_change: fields.ratingChange } : {}),
    updated_at: now,
  };
  await db
    .updateTable('updates')
    .set((eb) => ({ ...row, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
  if (!sources) return;
  await db.deleteFrom('sources').where('update_id', '=', id).execute();
  await insertSources(db, id, sources);
}

export async function deleteDevelopment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('sources').where('update_id', '=', id).execute();
  await db.deleteFrom('updates').where('id', '=', id).execute();
}

/** Suggestions that became this draft forget it, so the draft can be deleted. */
export async function detachSuggestionsFrom(db: Db, developmentId: number): Promise<void> {
  await db.updateTable('suggestions').set({ update_id: null }).where('update_id', '=', developmentId).execute();
}
