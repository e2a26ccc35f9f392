// Reading other sites' feeds: RSS 2.0, RSS 1.0 (RDF) and Atom into plain items — title, link, text
// without markup, the Berlin day — for evidence discovery. A document that is not well-formed XML or
// not a feed is a FeedFormatError with the line at fault.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isCalendarDate } from '../domain/calendar-date.ts';
import { lineText, multilineText } from '../domain/text-characters.ts';

export interface FeedItem {
  /** The item's guid or id, else its link, else its title: stable across fetches. */
  id: string;
  title: string;
  /** http(s) only; null when the item has none. */
  link: string | null;
  /** The description, summary or content as plain text. */
  summary: string | null;
  /** The item's day in Berlin (YYYY-MM-DD), from its publication or update time; null when it has none. */
  date: string | null;
  categories: string[];
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  items: FeedItem[];
}

export class FeedFormatError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  processEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

type Node = Record<string, unknown>;

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin day of an RFC 822 or ISO 8601 time; a plain YYYY-MM-DD stays as it is. */
export function feedDay(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return BERLIN_DAY.format(new Date(time));
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

/** Markup as text: tags out, entities in, white space collapsed; what a feed's HTML summary says. */
function plain(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const withoutTags = raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  const decoded = withoutTags.replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
    if (named[name.toLowerCase()]) return named[name.toLowerCase()]!;
    const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
  const result = multilineText(decoded)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return result === '' ? null : result;
}

function httpLink(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((entry) =>
    typeof entry === 'object' && entry !== null ? (entry as Node) : { '#text': entry },
  );
}

function item(fields: {
  id: string | null;
  title: string | null;
  link: string | null;
  summary: string | null;
  date: string | null;
  categories: string[];
}): FeedItem | undefined {
  const title = fields.title ? lineText(fields.title).replace(/\s+/g, ' ').trim() : '';
  if (!title) return undefined;
  const link = httpLink(fields.link);
  return {
    id: (fields.id?.trim() || link || title).slice(0, 2000),
    title: title.slice(0, 1000),
    link,
    summary: fields.summary?.slice(0, 20_000) ?? null,
    date: fields.date,
    categories: fields.categories,
  };
}

function rssItem(node: Node): FeedItem | undefined {
  return item({
    id: text(node.guid),
    title: plain(node.title),
    link: text(list(node.link)[0]),
    summary: plain(node.description) ?? plain(node['content:encoded']),
    date: feedDay(text(node.pubDate) ?? text(node['dc:date'])),
    categories: list(node.category)
      .map((category) => text(category) ?? '')
      .filter(Boolean),
  });
}

function atomItem(node: Node): FeedItem | undefined {
  const links = list(node.link);
  const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return item({
    id: text(node.id),
    title: plain(node.title),
    link: alternate ? String(alternate['@_href'] ?? '') : null,
    summary: plain(node.summary) ?? plain(node.content),
    date: feedDay(text(node.published) ?? text(node.updated)),
    categories: list(node.category)
      .map((category) => String(category['@_term'] ?? category['@_label'] ?? ''))
      .filter(Boolean),
  });
}

export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedFormatError(`not well-formed XML, line ${valid.err.line}: ${valid.err.msg}`);
  const document = parser.parse(xml) as Node;
  const items = (nodes: unknown, read: (node: Node) => FeedItem | undefined) =>
    list(nodes)
      .map(read)
      .filter((entry): entry is FeedItem => entry !== undefined);
  if (document.rss && typeof document.rss === 'object') {
    const channel = list((document.rss as Node).channel)[0] ?? {};
    return { format: 'rss', title: plain(channel.title), items: items(channel.item, rssItem) };
  }
  if (document['rdf:RDF'] && typeof document['rdf:RDF'] === 'object') {
    const rdf = document['rdf:RDF'] as Node;
    return { format: 'rdf', title: plain(list(rdf.channel)[0]?.title), items: items(rdf.item, rssItem) };
  }
  if (document.feed && typeof document.feed === 'object') {
    const feed = document.feed as Node;
    return { format: 'atom', title: plain(feed.title), items: items(feed.entry, atomItem) };
  }
  throw new FeedFormatError('no RSS or Atom feed: the document has neither <rss>, <rdf:RDF> nor <feed>');
}
