// Subscriptions (Abos): asked for, confirmed and ended; which of them a development reaches; and what
// can be followed. Their link secrets are in subscription-tokens.ts, pending digest entries in digests.ts.
import { chunks } from './chunks.ts';
import type { Db } from './database.ts';
import { PUBLIC_DEVELOPMENT_COLUMNS } from './development-list.ts';
import { isPublicPledge, publicDevelopments, publicSources } from './public-scope.ts';
import type { MailFrequency, MailLocale, Subscription, SubscriptionScope } from './schema-mail.ts';

export interface SubscriptionRequest {
  email: string;
  locale: MailLocale;
  scopeType: SubscriptionScope;
  scopeId: number;
  frequency: MailFrequency;
}

/**
 * The subscription of this address to this scope, created unconfirmed when new. An unconfirmed
 * one takes the newly asked language and frequency; a confirmed one changes only by its owner.
 */
export async function requestSubscription(db: Db, request: SubscriptionRequest, now: string): Promise<Subscription> {
  const key = { email: request.email, scope_type: request.scopeType, scope_id: request.scopeId };
  await db
    .insertInto('subscriptions')
    .values({ ...key, locale: request.locale, frequency: request.frequency, created_at: now })
    .onConflict((conflict) => conflict.columns(['email', 'scope_type', 'scope_id']).doNothing())
    .execute();
  await db
    .updateTable('subscriptions')
    .set({ locale: request.locale, frequency: request.frequency })
    .where('email', '=', key.email)
    .where('scope_type', '=', key.scope_type)
    .where('scope_id', '=', key.scope_id)
    .where('confirmed_at', 'is', null)
    .execute();
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('email', '=', key.email)
    .where('scope_type', '=', key.scope_type)
    .where('scope_id', '=', key.scope_id)
    .executeTakeFirstOrThrow();
}

/** Confirms the subscriptions; their confirmation secrets are spent. */
export async function confirmSubscriptions(db: Db, ids: readonly number[], now: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('subscriptions')
    .set({ confirmed_at: now })
    .where('id', 'in', [...ids])
    .where('confirmed_at', 'is', null)
    .execute();
  await db
    .deleteFrom('subscription_tokens')
    .where('subscription_id', 'in', [...ids])
    .where('purpose', '=', 'confirm')
    .execute();
}

/** Ends subscriptions; their tokens and pending digest entries go with them. */
export async function deleteSubscriptions(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('subscriptions')
    .where('id', 'in', [...ids])
    .execute();
}

/** Requests nobody confirmed are forgotten after a while; returns how many went. */
export async function deleteUnconfirmedBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('subscriptions').where('confirmed_at', 'is', null).where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Where a pledge sits: what subscriptions can match it. */
export interface PledgePlace {
  pledgeId: number;
  chapterId: number;
  ministryId: number | null;
  topicIds: number[];
}

function matching(db: Db, place: PledgePlace) {
  return db
    .selectFrom('subscriptions')
    .where('confirmed_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('scope_type', '=', 'all'),
        eb.and([eb('scope_type', '=', 'pledge'), eb('scope_id', '=', place.pledgeId)]),
        eb.and([eb('scope_type', '=', 'chapter'), eb('scope_id', '=', place.chapterId)]),
        eb.and([eb('scope_type', '=', 'ministry'), eb('scope_id', '=', place.ministryId ?? -1)]),
        eb.and([eb('scope_type', '=', 'topic'), eb('scope_id', 'in', [-1, ...place.topicIds])]),
      ]),
    );
}

/**
 * The addresses with a confirmed subscription containing the pledge, in address order. All at once:
 * the scopes are matched through their index, so pages of this list would each gather and sort
 * every match again.
 */
export async function addressesMatching(db: Db, place: PledgePlace): Promise<string[]> {
  const rows = await matching(db, place).select('email').distinct().orderBy('email').execute();
  return rows.map((row) => row.email);
}

/** The confirmed subscriptions of these addresses whose scope contains the pledge. */
export async function subscriptionsMatching(db: Db, place: PledgePlace, emails: readonly string[]): Promise<Subscription[]> {
  if (emails.length === 0) return [];
  const found = await Promise.all(chunks(emails).map((part) => matching(db, place).selectAll().where('email', 'in', part).execute()));
  return found.flat().sort((a, b) => a.id - b.id);
}

/** A development the public may see, with its Vorhaben and where that sits; undefined for any other. */
export async function findPublicDevelopment(db: Db, developmentId: number) {
  const row = await publicDevelopments(db)
    .select([
      ...PUBLIC_DEVELOPMENT_COLUMNS,
      'pledges.id as pledge_id',
      'pledges.slug as pledge_slug',
      'pledges.title as pledge_title',
      'pledges.chapter_id',
      'pledges.lead_ministry_id',
    ])
    .where('updates.id', '=', developmentId)
    .executeTakeFirst();
  if (!row) return undefined;
  const topics = await db.selectFrom('pledge_topics').select('topic_id').where('pledge_id', '=', row.pledge_id).execute();
  const place: PledgePlace = {
    pledgeId: row.pledge_id,
    chapterId: row.chapter_id,
    ministryId: row.lead_ministry_id,
    topicIds: topics.map((topic) => topic.topic_id),
  };
  const sources = await publicSources(db)
    .select(['sources.url', 'sources.title', 'sources.publisher'])
    .where('sources.update_id', '=', row.id)
    .orderBy('sources.position')
    .execute();
  return { ...row, published_at: row.published_at!, place, sources };
}

export interface ScopeTarget {
  id: number;
  slug: string;
  name: string;
}

type TargetKey = { slug: string } | { id: number };

/** A public pledge, a chapter, a topic or a ministry, found by slug or id, as something to follow. */
export async function findScopeTarget(db: Db, type: Exclude<SubscriptionScope, 'all'>, key: TargetKey): Promise<ScopeTarget | undefined> {
  const by = <Q extends { where: (column: 'slug' | 'id', op: '=', value: string | number) => Q }>(query: Q): Q =>
    'slug' in key ? query.where('slug', '=', key.slug) : query.where('id', '=', key.id);
  switch (type) {
    case 'pledge':
      return by(db.selectFrom('pledges').select(['id', 'slug', 'title as name']).where(isPublicPledge)).executeTakeFirst();
    case 'chapter':
      return by(db.selectFrom('chapters').select(['id', 'slug', 'heading as name'])).executeTakeFirst();
    case 'topic':
      return by(db.selectFrom('topics').select(['id', 'slug', 'name'])).executeTakeFirst();
    case 'ministry':
      return by(db.selectFrom('ministries').select(['id', 'slug', 'name'])).executeTakeFirst();
  }
}

/**
 * What the subscription form offers: the chapters of governments that are not archived, in reading
 * order; topics and ministries (which span every government) by name.
 */
export async function listSubscriptionChoices(
  db: Db,
): Promise<{ chapters: ScopeTarget[]; topics: ScopeTarget[]; ministries: ScopeTarget[] }> {
  return {
    chapters: await db
      .selectFrom('chapters')
      .innerJoin('agreements', 'agreements.id', 'chapters.agreement_id')
      .innerJoin('governments', 'governments.id', 'agreements.government_id')
      .select(['chapters.id', 'chapters.slug', 'chapters.heading as name'])
      .where('governments.active', '=', 1)
      .orderBy('chapters.agreement_id')
      .orderBy('chapters.position')
      .execute(),
    topics: await db.selectFrom('topics').select(['id', 'slug', 'name']).orderBy('name').execute(),
    ministries: await db.selectFrom('ministries').select(['id', 'slug', 'name']).orderBy('name').execute(),
  };
}
