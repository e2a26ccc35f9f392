// Feeds on loopback for evidence discovery: RSS and Atom with ETag and Last-Modified (304 on a match),
// a malformed one, one that fails, one too slow and one too large; every request is recorded.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFeed {
  body: string;
  type?: string;
  status?: number;
  etag?: string;
  lastModified?: string;
  /** Milliseconds before the answer starts. */
  delayMs?: number;
}

/** The Bundesgesetzblatt's feed, modelled on recht.bund.de: the OZG-Änderungsgesetz, the first OZG (2017, before the term), an unrelated ordinance. */
export const BGBL_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bundesgesetzblatt Teil I</title><link>https://www.recht.bund.de</link><description>Verkündungen im Bundesgesetzblatt Teil I</description>
<item><title>Gesetz zur Änderung des Onlinezugangsgesetzes sowie weiterer Vorschriften zur Digitalisierung der Verwaltung (OZG-Änderungsgesetz – OZGÄndG)</title>
<link>https://www.recht.bund.de/bgbl/1/2024/245/VO.html</link><guid isPermaLink="false">eli/bund/bgbl-1/2024/245</guid>
<description>BGBl. 2024 I Nr. 245 vom 23.07.2024</description><pubDate>Tue, 23 Jul 2024 10:00:00 +0200</pubDate></item>
<item><title>Gesetz zur Verbesserung des Onlinezugangs zu Verwaltungsleistungen (Onlinezugangsgesetz – OZG)</title>
<link>https://www.bgbl.de/xaver/bgbl/start.xav?jumpTo=bgbl117s3122.pdf</link><guid isPermaLink="false">bgbl-1-2017-57-3122</guid>
<description>BGBl. I 2017 Nr. 57 S. 3122 vom 17.08.2017</description><pubDate>Thu, 17 Aug 2017 10:00:00 +0200</pubDate></item>
<item><title>Zweite Verordnung zur Änderung der Trinkwasserverordnung</title><link>https://www.recht.bund.de/bgbl/1/2024/159/VO.html</link>
<guid isPermaLink="false">eli/bund/bgbl-1/2024/159</guid><pubDate>Fri, 03 May 2024 10:00:00 +0200</pubDate></item>
</channel></rss>`;

/** A ministry's press releases as Atom, modelled on the BMDV's: the Gigabit-Grundbuch of chapter 2.2. */
export const MINISTRY_ATOM = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>BMDV – Pressemitteilungen</title><id>tag:bmdv.bund.de,2023:presse</id><updated>2023-03-15T09:00:00Z</updated>
<entry><id>tag:bmdv.bund.de,2023:pm-023</id><title>Bundesweites Gigabit-Grundbuch ist online</title><link rel="alternate" href="https://bmdv.bund.de/SharedDocs/DE/Pressemitteilungen/2023/023-gigabit-grundbuch.html"/>
<updated>2023-03-15T09:00:00Z</updated><summary type="html">&lt;p&gt;Das Gigabit-Grundbuch bündelt Daten zu Breitband- und Mobilfunkversorgung.&lt;/p&gt;</summary></entry>
</feed>`;

export class FeedServer {
  readonly feeds = new Map<string, ServedFeed>();
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://feeds').pathname;
      this.requests.push({ path, headers: request.headers });
      const feed = this.feeds.get(path);
      const reply = () => {
        if (!feed) {
          response.writeHead(404, { 'content-type': 'text/plain' });
          response.end('not found');
          return;
        }
        const validators: Record<string, string> = {};
        if (feed.etag) validators.etag = feed.etag;
        if (feed.lastModified) validators['last-modified'] = feed.lastModified;
        const fresh =
          (feed.etag && request.headers['if-none-match'] === feed.etag) ||
          (!feed.etag && feed.lastModified && request.headers['if-modified-since'] === feed.lastModified);
        if (fresh) {
          response.writeHead(304, validators);
          response.end();
          return;
        }
        response.writeHead(feed.status ?? 200, { 'content-type': feed.type ?? 'application/rss+xml; charset=utf-8', ...validators });
        response.end(feed.body);
      };
      if (feed?.delayMs) setTimeout(reply, feed.delayMs).unref();
      else reply();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests of one path. */
  requestsOf(path: string) {
    return this.requests.filter((request) => request.path === path);
  }
}
