// Counts and lists for the back office's start page.
import type { Db } from './database.ts';

export async function countOpenWork(db: Db): Promise<{ openSuggestions: number; draftUpdates: number }> {
  const suggestions = await db.selectFrom('suggestions').select((eb) => eb.fn.countAll<number | string>().as('count')).where('status', '=', 'open').executeTakeFirstOrThrow();
  const drafts = await db.selectFrom('updates').select((eb) => eb.fn.countAll<number | string>().as('count')).where('published_at', 'is', null).executeTakeFirstOrThrow();
  return { openSuggestions: Number(suggestions.count), draftUpdates: Number(drafts.count) };
}

export async function listPledgesOfPartner(db: Db, organisationId: number): Promise<{ slug: string; title: string }[]> {
  return db.selectFrom('pledges').select(['slug', 'title']).where('partner_id', '=', organisationId).orderBy('title').execute();
}
