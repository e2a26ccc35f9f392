// What can be followed: the form's scope value ("all", "pledge:SLUG", "chapter:SLUG", …) and the
// names that mails and pages show for a subscription.
import type { ScopeLabel } from '../../mail/templates.ts';
import { isArchived } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import type { Subscription, SubscriptionScope } from '../../store/schema-mail.ts';
import { findScopeTarget, listSubscriptionChoices } from '../../store/subscriptions.ts';
import { refuseIfArchived } from '../archive.ts';

export const SCOPE_TYPES = ['all', 'pledge', 'chapter', 'topic', 'ministry'] as const satisfies readonly SubscriptionScope[];

export interface ResolvedScope {
  type: SubscriptionScope;
  id: number;
  label: ScopeLabel;
}

export const ALL: ResolvedScope = { type: 'all', id: 0, label: { kind: 'all', name: '' } };

/** The scope a form value names, or undefined when it names nothing (public) we know. */
export async function resolveScope(db: Db, value: string): Promise<ResolvedScope | undefined> {
  if (value === 'all') return ALL;
  const [type, slug] = value.split(/:(.*)/s);
  if (!slug || !(SCOPE_TYPES as readonly string[]).includes(type!) || type === 'all') return undefined;
  const kind = type as Exclude<SubscriptionScope, 'all'>;
  const target = await findScopeTarget(db, kind, { slug });
  return target ? { type: kind, id: target.id, label: { kind, name: target.name } } : undefined;
}

export async function labelOf(db: Db, subscription: Pick<Subscription, 'scope_type' | 'scope_id'>): Promise<ScopeLabel> {
  if (subscription.scope_type === 'all') return ALL.label;
  const target = await findScopeTarget(db, subscription.scope_type, { id: subscription.scope_id });
  return { kind: subscription.scope_type, name: target?.name ?? '?' };
}

/** The more specific scope names a mail better: a pledge before its chapter before everything. */
export function mostSpecific<T extends Pick<Subscription, 'scope_type'>>(subscriptions: T[]): T {
  const order: SubscriptionScope[] = ['pledge', 'chapter', 'topic', 'ministry', 'all'];
  return [...subscriptions].sort((a, b) => order.indexOf(a.scope_type) - order.indexOf(b.scope_type))[0]!;
}

export interface SubscriptionChoice {
  value: string;
  name: string;
}

export interface SubscriptionChoices {
  chapters: SubscriptionChoice[];
  topics: SubscriptionChoice[];
  ministries: SubscriptionChoice[];
}

export async function loadSubscriptionChoices(db: Db): Promise<SubscriptionChoices> {
  const { chapters, topics, ministries } = await listSubscriptionChoices(db);
  const choice = (type: string) => (target: { slug: string; name: string }) => ({ value: `${type}:${target.slug}`, name: target.name });
  return { chapters: chapters.map(choice('chapter')), topics: topics.map(choice('topic')), ministries: ministries.map(choice('ministry')) };
}

/** The form's choices; a pledge scope (from the pledge page) is offered on top unless it is archived. */
export async function loadSubscribeChoices(
  db: Db,
  scopeValue: string,
): Promise<{ choices: SubscriptionChoices; pledge?: SubscriptionChoice }> {
  const choices = await loadSubscriptionChoices(db);
  if (!scopeValue.startsWith('pledge:')) return { choices };
  const pledge = await resolveScope(db, scopeValue);
  const offered = pledge && !(await isArchived(db, { pledgeId: pledge.id }));
  return { choices, pledge: offered ? { value: scopeValue, name: pledge.label.name } : undefined };
}

/**
 * Pledges and chapters belong to one government, and an archived one takes no new followers;
 * topics, ministries and "all" span every government.
 */
export async function refuseIfArchivedScope(db: Db, scope: ResolvedScope): Promise<void> {
  if (scope.type === 'pledge') await refuseIfArchived(db, { pledgeId: scope.id });
  if (scope.type === 'chapter') await refuseIfArchived(db, { chapterId: scope.id });
}
