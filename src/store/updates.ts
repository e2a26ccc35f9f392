// Updates (Entwicklungen) on a pledge and the sources that back them.
import type { Status } from '../domain/status.ts';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import { isDraftUpdate, isPublishedUpdate } from './public-scope.ts';
import { inEffectOrder } from './rules.ts';
import type { Source, Update, UpdateOrigin } from './schema.ts';

export interface SourceFields {
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
}

export interface UpdateFields {
  pledgeId: number;
  eventDate: string;
  publishedAt: string | null;
  title: string;
  body: string;
  statusChange: Status | null;
  ratingChange: number | null;
  origin: UpdateOrigin;
  authorId?: number | null;
  sources: SourceFields[];
}

export type UpdateWithSources = Update & { sources: Source[] };

export async function insertUpdate(db: Db, fields: UpdateFields, now: string): Promise<number> {
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
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (fields.sources.length > 0) {
    await db
      .insertInto('sources')
      .values(
        fields.sources.map((source, position) => ({
          update_id: id,
          position,
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          published_on: source.publishedOn,
        })),
      )
      .execute();
  }
  return id;
}

/** All updates of a pledge, drafts included, in the order they take effect. */
export async function listUpdatesOfPledge(db: Db, pledgeId: number): Promise<UpdateWithSources[]> {
  const updates = await inEffectOrder(db.selectFrom('updates').selectAll().where('pledge_id', '=', pledgeId)).execute();
  return withSources(db, updates);
}

/** Sources of the published updates of a pledge, in the order the updates took effect. */
export async function listPublishedSourcesOfPledge(db: Db, pledgeId: number): Promise<Source[]> {
  const query = db.selectFrom('sources').innerJoin('updates', 'updates.id', 'sources.update_id').selectAll('sources').where('updates.pledge_id', '=', pledgeId).where(isPublishedUpdate);
  return inEffectOrder(query).orderBy('sources.position').execute();
}

/** Drafts waiting to be published, for the back office. */
export async function countDraftUpdates(db: Db): Promise<number> {
  const row = await db.selectFrom('updates').select((eb) => eb.fn.countAll<number | string>().as('count')).where(isDraftUpdate).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function withSources(db: Db, updates: Update[]): Promise<UpdateWithSources[]> {
  if (updates.length === 0) return [];
  const sources = await db
    .selectFrom('sources')
    .selectAll()
    .where('update_id', 'in', updates.map((update) => update.id))
    .orderBy('position')
    .execute();
  return updates.map((update) => ({ ...update, sources: sources.filter((source) => source.update_id === update.id) }));
}

/** `forUpdate`: on PostgreSQL the row stays locked until the transaction ends, so edits of one development run one after another, each seeing the last. */
export async function findUpdateById(db: Db, id: number, options: { forUpdate?: boolean } = {}): Promise<UpdateWithSources | undefined> {
  const query = db.selectFrom('updates').selectAll().where('id', '=', id);
  const update = await (options.forUpdate && isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
  return update ? (await withSources(db, [update]))[0] : undefined;
}

export type UpdateChanges = Partial<Omit<UpdateFields, 'pledgeId' | 'origin' | 'sources'>>;

/** Changes an update; `sources`, when given, replace the old ones. */
export async function changeUpdate(db: Db, id: number, changes: UpdateChanges & { sources?: SourceFields[] }, now: string): Promise<void> {
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
  if (sources.length === 0) return;
  await db
    .insertInto('sources')
    .values(sources.map((source, position) => ({ update_id: id, position, url: source.url, title: source.title, publisher: source.publisher, published_on: source.publishedOn })))
    .execute();
}

export async function deleteUpdate(db: Db, id: number): Promise<void> {
  await db.deleteFrom('sources').where('update_id', '=', id).execute();
  await db.deleteFrom('updates').where('id', '=', id).execute();
}

/** Suggestions that became this draft forget it, so the draft can be deleted. */
export async function detachSuggestionsFrom(db: Db, updateId: number): Promise<void> {
  await db.updateTable('suggestions').set({ update_id: null }).where('update_id', '=', updateId).execute();
}
