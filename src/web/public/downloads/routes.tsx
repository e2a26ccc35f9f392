// Public routes: the downloads page (/daten) and its files, generated while they are sent. The files
// do not pass the page cache (they can be any size); the content version and the day make their ETag.
import { Hono } from 'hono';
import type { ApiContext } from '../../../services/api/resources.ts';
import { currentContentVersion } from '../../../services/public/content-version.ts';
import {
  csvOf,
  jsonArrayOf,
  loadDownloadsPage,
  okfZip,
  PLEDGE_COLUMNS,
  publishedPledges,
  publishedDevelopments,
  DEVELOPMENT_COLUMNS,
} from '../../../services/public/downloads.ts';
import { matchesEtag } from '../../etag.ts';
import type { AppEnv } from '../../session.ts';
import type { PublicDeps } from '../deps.ts';
import { DownloadsPage } from './downloads-page.tsx';
import type { DownloadName } from './files.ts';

const CSV = 'text/csv; charset=utf-8; header=present';
const JSON_TYPE = 'application/json; charset=utf-8';

export function downloadRoutes({ db, render, clock, config }: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const contextOf = (): ApiContext => ({ db, baseUrl: config.baseUrl, today: clock().toISOString().slice(0, 10) });
  const file = (name: DownloadName, type: string, body: () => ReadableStream<Uint8Array> | Promise<Uint8Array>) =>
    routes.get(`/daten/${name}`, async (c) => {
      const now = clock();
      const etag = `W/"${await currentContentVersion(db)}-${now.toISOString().slice(0, 10)}"`;
      if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304, fileHeaders(name, type, etag, now));
      return c.body((await body()) as ReadableStream, 200, fileHeaders(name, type, etag, now));
    });

  routes.get('/daten', async (c) => render(c, <DownloadsPage page={await loadDownloadsPage(db)} />));
  file('vorhaben.csv', CSV, () => textStream(csvOf(publishedPledges(contextOf()), PLEDGE_COLUMNS)));
  file('vorhaben.json', JSON_TYPE, () => textStream(jsonArrayOf(publishedPledges(contextOf()))));
  file('entwicklungen.csv', CSV, () => textStream(csvOf(publishedDevelopments(contextOf()), DEVELOPMENT_COLUMNS)));
  file('entwicklungen.json', JSON_TYPE, () => textStream(jsonArrayOf(publishedDevelopments(contextOf()))));
  file('koalitionsvertrag-okf.zip', 'application/zip', () => okfZip(db));
  return routes;
}

/** A download: saved under its name with today's date, readable by scripts on other sites, revalidated on every use. */
function fileHeaders(name: string, type: string, etag: string, now: Date): Record<string, string> {
  const dated = name.replace(/\.(\w+)$/, `-${now.toISOString().slice(0, 10)}.$1`);
  return {
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${dated}"`,
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
}

/** Text pieces as a byte stream, read on demand in chunks of about 16 kB. */
function textStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      let chunk = '';
      for (let next = await pieces.next(); ; next = await pieces.next()) {
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
        if (chunk.length >= 16_384) break;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
