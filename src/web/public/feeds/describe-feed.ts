// A feed of developments in words: titles, the facts of each entry, its sources (messages.ts). What the
// feed holds comes from services/public/feeds.ts.
import type { FeedDescription, FeedFormat } from '../../../formats/feeds.ts';
import { escapeHtml } from '../../../formats/html-escape.ts';
import { renderMarkdown } from '../../../formats/markdown-html.ts';
import type { Feed } from '../../../services/public/feeds.ts';
import type { FeedEntryRow } from '../../../store/development-list.ts';
import { paths } from '../../../services/public/paths.ts';
import { feedWords as t } from './messages.ts';

const FORMATS: FeedFormat[] = ['atom', 'rss', 'json'];
const EXTENSIONS: Record<FeedFormat, string> = { atom: '.xml', rss: '.rss', json: '.json' };

export function describeFeed(feed: Feed, baseUrl: string): FeedDescription {
  const absolute = (path: string) => `${baseUrl}${path}`;
  const title = t.scope[feed.scope.kind](feed.scope.name ?? '');
  return {
    id: absolute(feed.feedPath),
    title: `${t.siteName} – ${title}`,
    description: t.description(title),
    link: absolute(feed.page),
    links: Object.fromEntries(FORMATS.map((format) => [format, absolute(feed.feedPath.replace(/\.xml$/, EXTENSIONS[format]))])) as Record<
      FeedFormat,
      string
    >,
    language: t.language,
    copyright: t.siteName,
    entries: feed.entries.map((row) => entryOf(row, absolute)),
  };
}

function entryOf(row: FeedEntryRow, absolute: (path: string) => string) {
  const link = absolute(`${paths.pledge(row.pledgeSlug)}#entwicklung-${row.id}`);
  const facts = [
    t.date(row.eventDate),
    row.statusChange ? t.newStatus(row.statusChange) : '',
    row.ratingChange !== null ? t.rating(row.ratingChange) : '',
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join(' · ');
  const sources =
    row.sources.length === 0
      ? ''
      : `<p>${escapeHtml(t.sources)}</p><ul>${row.sources.map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a></li>`).join('')}</ul>`;
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
