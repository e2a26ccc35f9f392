// Reading a feed an admin added: a conditional GET (ETag, Last-Modified) within time and size limits,
// and each item stored raw as a document.
import { createHash } from 'node:crypto';
import { FeedFormatError, parseFeed, type FeedItem } from '../../formats/feed-read.ts';
import type { Db } from '../../store/database.ts';
import { saveDocument } from '../../store/evidence-documents.ts';
import type { EvidenceSource } from '../../store/schema-evidence.ts';
import { decodeBody, limitedGet, type HttpLimits } from './http.ts';

export const FEED_LIMITS: HttpLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

export interface FeedOutcome {
  /** The server said nothing changed (304). */
  notModified: boolean;
  documents: number;
  changed: number;
  etag: string | null;
  lastModified: string | null;
}

export class FeedError extends Error {}

export interface FeedOptions {
  now: Date;
  userAgent: string;
  limits?: HttpLimits;
  /** YYYY-MM-DD: fetch without the validators, and take only items of that day or later. */
  since?: string;
}

export async function syncFeed(db: Db, source: EvidenceSource, options: FeedOptions): Promise<FeedOutcome> {
  const url = source.url!;
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent,
    Accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
  };
  if (!options.since && source.etag) headers['If-None-Match'] = source.etag;
  if (!options.since && source.last_modified) headers['If-Modified-Since'] = source.last_modified;
  const answer = await limitedGet(url, headers, options.limits ?? FEED_LIMITS);
  if (answer.status === 304) return { notModified: true, documents: 0, changed: 0, etag: source.etag, lastModified: source.last_modified };
  if (answer.status !== 200) throw new FeedError(`${url}: HTTP ${answer.status}`);
  let items: FeedItem[];
  try {
    items = parseFeed(decodeBody(answer)).items;
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FeedError(`${url}: ${error.message}`);
    throw error;
  }
  const retrievedAt = options.now.toISOString();
  let changed = 0;
  const taken = items.filter((item) => !options.since || (item.date !== null && item.date >= options.since));
  await db.transaction().execute(async (trx) => {
    for (const item of taken) {
      const raw = JSON.stringify(item);
      const saved = await saveDocument(
        trx,
        {
          sourceId: source.id,
          kind: 'feed-item',
          externalId: item.id,
          title: item.title,
          date: item.date,
          url: item.link,
          raw,
          fetchedFrom: url,
          contentHash: createHash('sha256').update(raw).digest('hex'),
        },
        retrievedAt,
      );
      if (saved.changed) changed++;
    }
  });
  return {
    notModified: false,
    documents: taken.length,
    changed,
    etag: answer.headers.get('etag'),
    lastModified: answer.headers.get('last-modified'),
  };
}
