// Atom 1.0, RSS 2.0 and JSON Feed 1.1 from one description of a feed.
import { Feed } from 'feed';
import { withoutDisallowed } from '../domain/text-characters.ts';
import { escapeHtml } from './html-escape.ts';

export type FeedFormat = 'atom' | 'rss' | 'json';

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  published: Date;
  updated: Date;
  /** Safe HTML. */
  contentHtml: string;
  summary: string;
}

export interface FeedDescription {
  id: string;
  title: string;
  description: string;
  /** The page the feed belongs to. */
  link: string;
  /** Absolute URLs of the feed in each format. */
  links: Record<FeedFormat, string>;
  language: string;
  copyright: string;
  entries: FeedEntry[];
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export function renderFeed(written: FeedDescription, format: FeedFormat): string {
  const description = withoutControlCharacters(written);
  const newest = description.entries.reduce<Date | undefined>(
    (latest, entry) => (!latest || entry.updated > latest ? entry.updated : latest),
    undefined,
  );
  const feed = new Feed({
    id: description.id,
    title: description.title,
    description: description.description,
    link: description.link,
    language: description.language,
    copyright: description.copyright,
    updated: newest ?? new Date(0),
    generator: 'Koalitionstracker',
    feedLinks: description.links,
  });
  // Atom and RSS carry entry titles and summaries as HTML; ours are plain text.
  const text = format === 'json' ? (value: string) => value : escapeHtml;
  for (const entry of description.entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: text(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: text(entry.summary),
      content: entry.contentHtml,
    });
  }
  return format === 'atom' ? feed.atom1() : format === 'rss' ? feed.rss2() : feed.json1();
}

/**
 * Forms and imports keep control characters out, but a database may hold older text: one such
 * character makes the whole XML feed unreadable, so every text of the feed goes without them.
 */
function withoutControlCharacters(description: FeedDescription): FeedDescription {
  const text = withoutDisallowed;
  return {
    ...description,
    id: text(description.id),
    title: text(description.title),
    description: text(description.description),
    link: text(description.link),
    copyright: text(description.copyright),
    entries: description.entries.map((entry) => ({
      ...entry,
      id: text(entry.id),
      title: text(entry.title),
      link: text(entry.link),
      contentHtml: text(entry.contentHtml),
      summary: text(entry.summary),
    })),
  };
}
