// Turns mail events into mails: a published development into one mail per subscriber who wants it
// at once and a digest entry for those who want it daily; a decided suggestion into the outcome mail;
// a suggestion that arrived into a mail to each editor who asked for one.
import { notificationMail, suggestionOutcomeMail, type ScopeLabel } from '../../mail/templates.ts';
import type { Db } from '../../store/database.ts';
import {
  enqueueMail,
  enqueueMails,
  listPendingMailEvents,
  mailEventPending,
  takeMailEvent,
  type NewOutboxMail,
} from '../../store/outbox.ts';
import type { MailEvent, Subscription } from '../../store/schema-mail.ts';
import { addDigestItems } from '../../store/digests.ts';
import { addTokens } from '../../store/subscription-tokens.ts';
import { addressesMatching, findPublicDevelopment, subscriptionsMatching } from '../../store/subscriptions.ts';
import { findSuggestionById, forgetSuggester, suggestionLocale } from '../../store/suggestions.ts';
import { paths } from '../public/paths.ts';
import { absoluteLink, subscriptionPaths } from './paths.ts';
import { labelOf, mostSpecific } from './scopes.ts';
import { newLinkSecret } from './tokens.ts';
import { queueSuggestionAlerts } from '../admin/notifications.ts';

export interface MailSite {
  baseUrl: string;
}

const BATCH = 50;
/** Addresses per transaction when a development goes out: other writers get their turn in between. */
const ADDRESSES_PER_CHUNK = 1000;

/** Handles pending events; returns how many it handled. */
export async function processMailEvents(db: Db, site: MailSite, now: Date): Promise<number> {
  const stamp = now.toISOString();
  let handled = 0;
  for (const event of await listPendingMailEvents(db, BATCH)) {
    if (event.kind === 'published') await fanOutDevelopment(db, site, event, stamp);
    const taken = await db.transaction().execute(async (trx) => {
      if (!(await takeMailEvent(trx, event.id, stamp))) return false;
      if (event.kind === 'suggestion_decided') await queueSuggestionOutcome(trx, site, event.subject_id, stamp);
      if (event.kind === 'suggestion_received') await queueSuggestionAlerts(trx, site.baseUrl, event.subject_id, stamp);
      return true;
    });
    if (taken) handled += 1;
  }
  return handled;
}

function byAddress(subscriptions: Subscription[]): Map<string, Subscription[]> {
  const groups = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) {
    const group = groups.get(subscription.email);
    if (group) group.push(subscription);
    else groups.set(subscription.email, [subscription]);
  }
  return groups;
}

type Development = NonNullable<Awaited<ReturnType<typeof findPublicDevelopment>>>;
type LabelOf = (db: Db, subscription: Subscription) => Promise<ScopeLabel>;

/**
 * One mail or one digest entry per address, however many of its subscriptions match. Addresses go
 * in chunks, each in its own transaction that reads the chunk's subscriptions afresh (an address
 * that unsubscribed meanwhile is left out); the event is
 * marked handled after the last. After a crash the fan-out starts again: the mail's key makes each
 * address's mail once, and a link secret is stored only with a mail that was new.
 */
async function fanOutDevelopment(db: Db, site: MailSite, event: MailEvent, stamp: string): Promise<void> {
  const development = await findPublicDevelopment(db, event.subject_id);
  if (!development) return;
  // Read inside each chunk's transaction (on SQLite, the only connection), once per scope.
  const labels = new Map<string, Promise<ScopeLabel>>();
  const label: LabelOf = (trx, subscription) => {
    const key = `${subscription.scope_type}:${subscription.scope_id}`;
    if (!labels.has(key)) labels.set(key, labelOf(trx, subscription));
    return labels.get(key)!;
  };
  const everyone = await addressesMatching(db, development.place);
  for (let from = 0; from < everyone.length; from += ADDRESSES_PER_CHUNK) {
    const addresses = everyone.slice(from, from + ADDRESSES_PER_CHUNK);
    const done = await db.transaction().execute(async (trx) => {
      // Another worker finished this event meanwhile.
      if (!(await mailEventPending(trx, event.id))) return true;
      const groups = byAddress(await subscriptionsMatching(trx, development.place, addresses));
      await queueForAddresses(trx, site, development, groups, label, stamp);
      return false;
    });
    if (done) return;
  }
}

async function queueForAddresses(
  db: Db,
  site: MailSite,
  development: Development,
  groups: Map<string, Subscription[]>,
  label: LabelOf,
  stamp: string,
): Promise<void> {
  const daily: number[] = [];
  const mails: (NewOutboxMail & { subscriptionIds: number[] })[] = [];
  for (const [email, subscriptions] of groups) {
    const immediate = subscriptions.filter((subscription) => subscription.frequency === 'immediate');
    if (immediate.length === 0) {
      daily.push(...subscriptions.map((subscription) => subscription.id));
      continue;
    }
    const chosen = mostSpecific(immediate);
    const unsubscribe = newLinkSecret();
    const content = notificationMail({
      language: chosen.locale,
      scope: await label(db, chosen),
      development: {
        pledgeTitle: development.pledge_title,
        title: development.title,
        eventDate: development.event_date,
        body: development.body,
        newStatus: development.status_change,
        sources: development.sources,
        url: absoluteLink(site.baseUrl, chosen.locale, paths.development(development.pledge_slug, development.id)),
      },
      unsubscribeUrl: absoluteLink(site.baseUrl, chosen.locale, subscriptionPaths.unsubscribe(unsubscribe.secret)),
    });
    mails.push({
      dedupKey: `update:${development.id}:${email}`,
      recipient: email,
      ...content,
      unsubscribeHash: unsubscribe.hash,
      subscriptionIds: immediate.map((subscription) => subscription.id),
    });
  }
  await addDigestItems(db, daily, development.id, stamp);
  const queued = await enqueueMails(db, mails, stamp);
  const tokens = mails
    .filter((mail) => queued.has(mail.dedupKey))
    .map((mail) => ({ hash: mail.unsubscribeHash!, subscriptionIds: mail.subscriptionIds }));
  await addTokens(db, tokens, 'unsubscribe', stamp);
}

async function queueSuggestionOutcome(db: Db, site: MailSite, suggestionId: number, stamp: string): Promise<void> {
  const suggestion = await findSuggestionById(db, suggestionId);
  if (!suggestion?.email || suggestion.status === 'open') return;
  const language = await suggestionLocale(db, suggestionId);
  const content = suggestionOutcomeMail({
    language,
    accepted: suggestion.status === 'accepted',
    reason: suggestion.reason,
    pledgeTitle: suggestion.pledge_title,
    pledgeUrl: absoluteLink(site.baseUrl, language, paths.pledge(suggestion.pledge_slug)),
  });
  await enqueueMail(db, { dedupKey: `suggestion:${suggestionId}`, recipient: suggestion.email, ...content, unsubscribeHash: null }, stamp);
  // The address was left for this mail alone, as the mail says; from here only the outbox holds it.
  await forgetSuggester(db, suggestionId);
}
