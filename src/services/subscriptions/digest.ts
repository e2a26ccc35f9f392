// The daily digest: once a (Berlin) day, one mail per address listing every development published
// in its daily subscriptions before that day began. Entries that arrive late wait for the next day.
import { digestMail, type DevelopmentEntry } from '../../mail/templates.ts';
import type { Db } from '../../store/database.ts';
import { enqueueMail, findOutboxMail } from '../../store/outbox.ts';
import { deleteDigestItems, digestEntriesOf, digestRecipients } from '../../store/digests.ts';
import { addToken } from '../../store/subscription-tokens.ts';
import { paths } from '../public/paths.ts';
import type { MailSite } from './fan-out.ts';
import { absoluteLink, subscriptionPaths } from './paths.ts';
import { newLinkSecret } from './tokens.ts';

const TIME_ZONE = 'Europe/Berlin';
const BATCH = 100;

/** The calendar day in Berlin, e.g. 2023-12-08. */
export function berlinDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function berlinOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant the Berlin day of `now` began. */
export function startOfBerlinDay(now: Date): Date {
  const midnightUtc = Date.parse(`${berlinDay(now)}T00:00:00Z`);
  const guess = new Date(midnightUtc - berlinOffsetMinutes(now) * 60_000);
  return new Date(midnightUtc - berlinOffsetMinutes(guess) * 60_000);
}

/** Queues the digests that are due; returns how many. */
export async function queueDueDigests(db: Db, site: MailSite, now: Date): Promise<number> {
  const cutoff = startOfBerlinDay(now).toISOString();
  let queued = 0;
  for (const email of await digestRecipients(db, cutoff, BATCH)) {
    if (await db.transaction().execute((trx) => queueDigest(trx, site, email, cutoff, now))) queued += 1;
  }
  return queued;
}

async function queueDigest(db: Db, site: MailSite, email: string, cutoff: string, now: Date): Promise<boolean> {
  const stamp = now.toISOString();
  const entries = await digestEntriesOf(db, email, cutoff);
  // A development withdrawn or deleted since, or whose Vorhaben is no longer public, is left out.
  const seen = new Set<number>();
  const unique = entries.flatMap(({ update_id: id, development }) => (development && !seen.has(id) && seen.add(id) ? [development] : []));
  if (unique.length === 0) {
    await deleteDigestItems(db, entries);
    return false;
  }
  const dedupKey = `digest:${email}:${berlinDay(now)}`;
  // Today's digest already went out (these entries arrived late): they wait for tomorrow's.
  if (await findOutboxMail(db, dedupKey)) return false;
  const language = entries[0]!.locale;
  const unsubscribe = newLinkSecret();
  await addToken(db, unsubscribe.hash, [...new Set(entries.map((entry) => entry.subscription_id))], 'unsubscribe', stamp);
  const list: DevelopmentEntry[] = unique.map((entry) => ({
    pledgeTitle: entry.pledge_title,
    title: entry.title,
    eventDate: entry.event_date,
    newStatus: entry.status_change,
    url: absoluteLink(site.baseUrl, language, paths.development(entry.pledge_slug, entry.id)),
  }));
  const content = digestMail({
    language,
    entries: list,
    unsubscribeUrl: absoluteLink(site.baseUrl, language, subscriptionPaths.unsubscribe(unsubscribe.secret)),
  });
  const queued = await enqueueMail(db, { dedupKey, recipient: email, ...content, unsubscribeHash: unsubscribe.hash }, stamp);
  if (queued) await deleteDigestItems(db, entries);
  return queued;
}
