// Named lists that pledges refer to: topics, ministries (lead) and partner organisations.
import { slugify, uniqueSlug } from '../domain/slug.ts';
import type { Db } from './database.ts';

export type VocabularyTable = 'topics' | 'ministries' | 'organisations';

export interface Term {
  id: number;
  slug: string;
  name: string;
}

/** The id of the term with this name, created when it is new. */
export async function findOrCreateTerm(db: Db, table: VocabularyTable, name: string): Promise<number> {
  const existing = await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const taken = new Set((await db.selectFrom(table).select('slug').execute()).map((row) => row.slug));
  const slug = uniqueSlug(slugify(name) || table, (candidate) => taken.has(candidate));
  const inserted = await db.insertInto(table).values({ slug, name }).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findTermById(db: Db, table: VocabularyTable, id: number | null): Promise<Term | undefined> {
  if (id === null) return undefined;
  return db.selectFrom(table).select(['id', 'slug', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function listTerms(db: Db, table: VocabularyTable): Promise<Term[]> {
  return db.selectFrom(table).select(['id', 'slug', 'name']).orderBy('name').execute();
}

/** Topics of each pledge, by pledge id, in German alphabetical order (the same on both databases, whatever their collation). */
export async function topicsOfPledges(db: Db, pledgeIds: readonly number[]): Promise<Map<number, Term[]>> {
  const byPledge = new Map<number, Term[]>();
  if (pledgeIds.length === 0) return byPledge;
  const rows = await db
    .selectFrom('pledge_topics')
    .innerJoin('topics', 'topics.id', 'pledge_topics.topic_id')
    .select(['pledge_topics.pledge_id', 'topics.id', 'topics.slug', 'topics.name'])
    .where('pledge_topics.pledge_id', 'in', [...pledgeIds])
    .execute();
  rows.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.slug.localeCompare(b.slug));
  for (const { pledge_id: pledgeId, ...topic } of rows) {
    byPledge.set(pledgeId, [...(byPledge.get(pledgeId) ?? []), topic]);
  }
  return byPledge;
}

export async function setPledgeTopics(db: Db, pledgeId: number, topicIds: readonly number[]): Promise<void> {
  await db.deleteFrom('pledge_topics').where('pledge_id', '=', pledgeId).execute();
  const unique = [...new Set(topicIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('pledge_topics')
    .values(unique.map((topicId) => ({ pledge_id: pledgeId, topic_id: topicId })))
    .execute();
}

export async function findTermBySlug(db: Db, table: VocabularyTable, slug: string): Promise<Term | undefined> {
  return db.selectFrom(table).select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

/** A ministry with the public body its freedom-of-information link addresses (null: not mapped). */
export interface MinistryFoi extends Term {
  foi_authority: string | null;
}

export async function findMinistryFoi(db: Db, id: number | null): Promise<MinistryFoi | undefined> {
  if (id === null) return undefined;
  return db.selectFrom('ministries').select(['id', 'slug', 'name', 'foi_authority']).where('id', '=', id).executeTakeFirst();
}

export async function listMinistriesFoi(db: Db): Promise<MinistryFoi[]> {
  return db.selectFrom('ministries').select(['id', 'slug', 'name', 'foi_authority']).orderBy('name').execute();
}

/** Sets (or with null clears) the mapping; false when no ministry has the slug. */
export async function setMinistryFoiAuthority(db: Db, slug: string, authority: string | null): Promise<boolean> {
  const result = await db.updateTable('ministries').set({ foi_authority: authority }).where('slug', '=', slug).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
