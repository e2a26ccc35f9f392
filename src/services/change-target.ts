// What a change to Vorhaben is about, found and, where asked, read again under its row lock.
import { NotFoundError, problem } from '../domain/errors.ts';
import type { Db } from '../store/database.ts';
import { findDevelopmentById, type DevelopmentWithSources } from '../store/developments.ts';
import { findPledgeById, findPledgeByOldSlug, findPledgeBySlug } from '../store/pledges.ts';
import type { Pledge } from '../store/schema.ts';

/**
 * What the change is about: a pledge (by slug or id), a development (and so its pledge), or a chapter
 * (a Vorhaben created in it, or several of it). `lock`: on PostgreSQL, the pledge's or development's
 * row is read again with FOR UPDATE after the archive check, so concurrent edits merge (decision 50).
 */
export type Target =
  { slug: string; lock?: boolean } | { pledgeId: number } | { developmentId: number; lock?: boolean } | { chapterId: number };

/** What the work gets of its target. */
export type Found<T extends Target> = T extends { developmentId: number }
  ? { pledge: Pledge; development: DevelopmentWithSources }
  : T extends { chapterId: number }
    ? { chapterId: number }
    : { pledge: Pledge };

/** The target of a change, read: its pledge (by slug, an old slug, or id), its development, or its chapter. */
export async function findTarget(db: Db, target: Target): Promise<Found<Target>> {
  if ('chapterId' in target) return { chapterId: target.chapterId };
  if ('developmentId' in target) {
    const development = Number.isSafeInteger(target.developmentId) ? await findDevelopmentById(db, target.developmentId) : undefined;
    if (!development) throw new NotFoundError(problem('notFound.development'));
    return { development, pledge: (await findPledgeById(db, development.pledge_id))! };
  }
  // A form loaded before the Vorhaben's slug changed still reaches it by the old one.
  const pledge =
    'slug' in target
      ? ((await findPledgeBySlug(db, target.slug)) ?? (await findPledgeByOldSlug(db, target.slug)))
      : await findPledgeById(db, target.pledgeId);
  if (!pledge) throw new NotFoundError('slug' in target ? problem('notFound.pledge', { slug: target.slug }) : problem('notFound'));
  return { pledge };
}

/** The target read again under its row lock, after the government: the order every write keeps, so a concurrent edit merges with this one instead of overwriting it. */
export async function lockTarget(db: Db, target: Target, found: Found<Target>): Promise<Found<Target>> {
  if (!('lock' in target) || !target.lock) return found;
  if ('developmentId' in target) {
    const development = await findDevelopmentById(db, target.developmentId, { forUpdate: true });
    if (!development) throw new NotFoundError(problem('notFound.development'));
    return { ...found, development };
  }
  return { pledge: (await findPledgeById(db, (found as { pledge: Pledge }).pledge.id, { forUpdate: true }))! };
}
