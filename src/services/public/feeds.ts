// Use case: the feed of published developments, overall or of one pledge, chapter, topic or lead ministry.
import { NotFoundError, problem } from '../../domain/errors.ts';
import type { FeedDescription, FeedFormat } from '../../formats/feeds.ts';
import { escapeHtml } from '../../formats/html-escape.ts';
import { renderMarkdown } from '../../formats/markdown-html.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import type { PledgeFilter } from '../../store/pledge-filter.ts';
import { findPublicPledge } from '../../store/pledges.ts';
import { listFeedEntries, type FeedEntryRow } from '../../store/development-list.ts';
import { findTermBySlug } from '../../store/vocabularies.ts';
import { paths } from './paths.ts';

export const FEED_LENGTH = 50;

export type FeedRequest = { kind: 'all' } | { kind: 'pledge' | 'chapter' | 'topic' | 'ministry'; slug: string };

const STATUS_TEXT: Record<string, string> = {
  not_started: 'nicht begonnen', in_progress: 'begonnen', partially_implemented: 'teilweise umgesetzt', implemented: 'umgesetzt',
  deferred: 'zurückgestellt', broken: 'gebrochen', unverifiable: 'nicht prüfbar',
};

/** What the feed is of, named and narrowed by the one filter of Vorhaben; an unknown slug is NotFound. */
async function resolve(db: Db, request: FeedRequest): Promise<{ filter: PledgeFilter; title: string; page: string; feedPath: string }> {
  if (request.kind === 'all') return { filter: {}, title: 'Alle Entwicklungen', page: paths.overview(), feedPath: paths.siteFeed() };
  if (request.kind === 'pledge') {
    const pledge = await findPublicPledge(db, request.slug);
    if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug: request.slug }));
    return { filter: { pledges: [pledge.slug] }, title: `Vorhaben: ${pledge.title}`, page: paths.pledge(pledge.slug), feedPath: paths.pledgeFeed(pledge.slug) };
  }
  if (request.kind === 'chapter') {
    const chapter = await findChapterBySlug(db, request.slug);
    if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug: request.slug }));
    return { filter: { chapters: [chapter.slug] }, title: `Kapitel ${chapter.heading}`, page: paths.chapter(chapter.slug), feedPath: paths.chapterFeed(chapter.slug) };
  }
  if (request.kind === 'ministry') {
    const ministry = await findTermBySlug(db, 'ministries', request.slug);
    if (!ministry) throw new NotFoundError(problem('notFound.ministry', { slug: request.slug }));
    return { filter: { ministries: [ministry.slug] }, title: `Federführung: ${ministry.name}`, page: paths.ministry(ministry.slug), feedPath: paths.ministryFeed(ministry.slug) };
  }
  const topic = await findTermBySlug(db, 'topics', request.slug);
  if (!topic) throw new NotFoundError(problem('notFound.topic', { slug: request.slug }));
  return { filter: { topics: [topic.slug] }, title: `Thema: ${topic.name}`, page: paths.topic(topic.slug), feedPath: paths.topicFeed(topic.slug) };
}

export async function loadFeed(db: Db, request: FeedRequest, baseUrl: string): Promise<FeedDescription> {
  const { filter, title, page, feedPath } = await resolve(db, request);
  const rows = await listFeedEntries(db, filter, FEED_LENGTH);
  const absolute = (path: string) => `${baseUrl}${path}`;
  const formats: FeedFormat[] = ['atom', 'rss', 'json'];
  const extension: Record<FeedFormat, string> = { atom: '.xml', rss: '.rss', json: '.json' };
  return {
    id: absolute(feedPath),
    title: `Koalitionstracker – ${title}`,
    description: `Veröffentlichte Entwicklungen: ${title}`,
    link: absolute(page),
    links: Object.fromEntries(formats.map((format) => [format, absolute(feedPath.replace(/\.xml$/, extension[format]))])) as Record<FeedFormat, string>,
    language: 'de',
    copyright: 'Koalitionstracker',
    entries: rows.map((row) => entryOf(row, absolute)),
  };
}

function entryOf(row: FeedEntryRow, absolute: (path: string) => string) {
  const link = absolute(`${paths.pledge(row.pledgeSlug)}#entwicklung-${row.id}`);
  const facts = [`Datum: ${row.eventDate}`, row.statusChange ? `Neuer Status: ${STATUS_TEXT[row.statusChange]}` : '', row.ratingChange !== null ? `Bewertung: ${row.ratingChange} von 5` : '']
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const sources = row.sources.length === 0 ? '' : `<p>Nachweise:</p><ul>${row.sources.map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a></li>`).join('')}</ul>`;
  return {
    id: link,
    title: `${row.pledgeTitle}: ${row.title}`,
    link,
    published: new Date(row.publishedAt),
    updated: new Date(row.updatedAt > row.publishedAt ? row.updatedAt : row.publishedAt),
    contentHtml: `<p>${facts}</p>${row.body ? renderMarkdown(row.body) : ''}${sources}`,
    summary: `${row.pledgeTitle}: ${row.title} (${row.eventDate})`,
  };
}
