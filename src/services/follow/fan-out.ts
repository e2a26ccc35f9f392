// Turns mail events into mails: a published development into one mail per subscriber who wants it
// at once and a digest entry for those who want it daily; a decided suggestion into the outcome mail.
import { notificationMail, suggestionOutcomeMail } from '../../mail/templates.ts';
import type { Db } from '../../store/database.ts';
import { enqueueMail, listPendingMailEvents, takeMailEvent } from '../../store/outbox.ts';
import type { Subscription } from '../../store/schema-mail.ts';
import { addDigestItems, addToken, findPublishedDevelopment, subscriptionsMatching, suggestionLocale } from '../../store/subscriptions.ts';
import { findSuggestionById } from '../../store/suggestions.ts';
import { paths } from '../public/paths.ts';
import { absoluteLink, followPaths } from './paths.ts';
import { labelOf, mostSpecific } from './scopes.ts';
import { newLinkSecret } from './tokens.ts';

export interface MailSite {
  baseUrl: string;
}

const BATCH = 50;

/** Handles pending events, each in its own transaction; returns how many it handled. */
export async function processMailEvents(db: Db, site: MailSite, now: Date): Promise<number> {
  const stamp = now.toISOString();
  let handled = 0;
  for (const event of await listPendingMailEvents(db, BATCH)) {
    const taken = await db.transaction().execute(async (trx) => {
      if (!(await takeMailEvent(trx, event.id, stamp))) return false;
      if (event.kind === 'published') await fanOutDevelopment(trx, site, event.subject_id, stamp);
      else await queueSuggestionOutcome(trx, site, event.subject_id, stamp);
      return true;
    });
    if (taken) handled += 1;
  }
  return handled;
}

function byAddress(subscriptions: Subscription[]): Map<string, Subscription[]> {
  const groups = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) groups.set(subscription.email, [...(groups.get(subscription.email) ?? []), subscription]);
  return groups;
}

/** One mail or one digest entry per address, however many of its subscriptions match. */
async function fanOutDevelopment(db: Db, site: MailSite, updateId: number, stamp: string): Promise<void> {
  const development = await findPublishedDevelopment(db, updateId);
  if (!development || development.pledge_published !== 1) return;
  for (const [email, subscriptions] of byAddress(await subscriptionsMatching(db, development.place))) {
    const immediate = subscriptions.filter((subscription) => subscription.frequency === 'immediate');
    if (immediate.length === 0) {
      await addDigestItems(db, subscriptions.map((subscription) => subscription.id), updateId, stamp);
      continue;
    }
    const chosen = mostSpecific(immediate);
    const unsubscribe = newLinkSecret();
    await addToken(db, unsubscribe.hash, immediate.map((subscription) => subscription.id), 'unsubscribe', stamp);
    const content = notificationMail({
      language: chosen.locale,
      scope: await labelOf(db, chosen),
      development: {
        pledgeTitle: development.pledge_title, title: development.title, eventDate: development.event_date, body: development.body,
        url: absoluteLink(site.baseUrl, chosen.locale, paths.pledge(development.pledge_slug)),
      },
      unsubscribeUrl: absoluteLink(site.baseUrl, chosen.locale, followPaths.unsubscribe(unsubscribe.secret)),
    });
    await enqueueMail(db, { dedupKey: `update:${updateId}:${email}`, recipient: email, ...content, unsubscribeHash: unsubscribe.hash }, stamp);
  }
}

async function queueSuggestionOutcome(db: Db, site: MailSite, suggestionId: number, stamp: string): Promise<void> {
  const suggestion = await findSuggestionById(db, suggestionId);
  if (!suggestion?.email || suggestion.status === 'open') return;
  const language = await suggestionLocale(db, suggestionId);
  const content = suggestionOutcomeMail({
    language, accepted: suggestion.status === 'accepted', reason: suggestion.reason, pledgeTitle: suggestion.pledge_title,
    pledgeUrl: absoluteLink(site.baseUrl, language, paths.pledge(suggestion.pledge_slug)),
  });
  await enqueueMail(db, { dedupKey: `suggestion:${suggestionId}`, recipient: suggestion.email, ...content, unsubscribeHash: null }, stamp);
}
