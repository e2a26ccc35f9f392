// Use case: the feed of published developments, overall or of one pledge, chapter, topic or lead ministry:
// what it is of and its newest entries; the web layer words it in the page's language (web/public/feeds/).
import { NotFoundError, problem } from '../../domain/errors.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import type { PledgeFilter } from '../../store/pledge-filter.ts';
import { findPublicPledge } from '../../store/pledges.ts';
import { listFeedEntries, type FeedEntryRow } from '../../store/development-list.ts';
import { findTermBySlug } from '../../store/vocabularies.ts';
import { paths } from './paths.ts';

export const FEED_LENGTH = 50;

export type FeedRequest = { kind: 'all' } | { kind: 'pledge' | 'chapter' | 'topic' | 'ministry'; slug: string };

export interface Feed {
  /** What the feed is of: everything, or the named pledge, chapter, topic or lead ministry. */
  scope: { kind: FeedRequest['kind']; name: string | null };
  /** The page the feed belongs to, and the feed's own path (Atom; `.rss` and `.json` beside it). */
  page: string;
  feedPath: string;
  entries: FeedEntryRow[];
}

/** What the feed is of, narrowed by the one filter of Vorhaben; an unknown slug is NotFound. */
async function resolve(
  db: Db,
  request: FeedRequest,
): Promise<{ filter: PledgeFilter; name: string | null; page: string; feedPath: string }> {
  if (request.kind === 'all') return { filter: {}, name: null, page: paths.overview(), feedPath: paths.siteFeed() };
  if (request.kind === 'pledge') {
    const pledge = await findPublicPledge(db, request.slug);
    if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug: request.slug }));
    return {
      filter: { pledges: [pledge.slug] },
      name: pledge.title,
      page: paths.pledge(pledge.slug),
      feedPath: paths.pledgeFeed(pledge.slug),
    };
  }
  if (request.kind === 'chapter') {
    const chapter = await findChapterBySlug(db, request.slug);
    if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug: request.slug }));
    return {
      filter: { chapters: [chapter.slug] },
      name: chapter.heading,
      page: paths.chapter(chapter.slug),
      feedPath: paths.chapterFeed(chapter.slug),
    };
  }
  if (request.kind === 'ministry') {
    const ministry = await findTermBySlug(db, 'ministries', request.slug);
    if (!ministry) throw new NotFoundError(problem('notFound.ministry', { slug: request.slug }));
    return {
      filter: { ministries: [ministry.slug] },
      name: ministry.name,
      page: paths.ministry(ministry.slug),
      feedPath: paths.ministryFeed(ministry.slug),
    };
  }
  const topic = await findTermBySlug(db, 'topics', request.slug);
  if (!topic) throw new NotFoundError(problem('notFound.topic', { slug: request.slug }));
  return { filter: { topics: [topic.slug] }, name: topic.name, page: paths.topic(topic.slug), feedPath: paths.topicFeed(topic.slug) };
}

export async function loadFeed(db: Db, request: FeedRequest): Promise<Feed> {
  const { filter, name, page, feedPath } = await resolve(db, request);
  return { scope: { kind: request.kind, name }, page, feedPath, entries: await listFeedEntries(db, filter, FEED_LENGTH) };
}
