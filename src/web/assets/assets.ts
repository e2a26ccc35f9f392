// Our own static files, served from memory with a content hash: one stylesheet (joined from
// the partials in css/, one per area of the site), one icon, and small progressive scripts; text files also
// as brotli and gzip.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Asset {
  body: string;
  type: string;
  etag: string;
  /** Brotli and gzip copies of the text files, made once at start (the stylesheet is most of a first visit). */
  compressed: Partial<Record<'br' | 'gzip', Uint8Array>>;
}

export interface Assets {
  files: Record<string, Asset>;
  /** Changes whenever the stylesheet does, so browsers may cache it for a year. */
  stylesheetPath: string;
  /** `/assets/NAME?v=HASH` for any asset. */
  pathOf(name: string): string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
};

function asset(body: string, type: string): Asset {
  const compressed =
    Buffer.byteLength(body) < 1024
      ? {}
      : {
          br: brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          }),
          gzip: gzipSync(body, { level: 9 }),
        };
  return { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`, compressed };
}

export function loadAssets(rootDirectory: string): Assets {
  const folder = join(rootDirectory, 'src/web/assets');
  const files: Record<string, Asset> = {};
  const partials = readdirSync(join(folder, 'css'))
    .filter((name) => name.endsWith('.css'))
    .sort();
  files['style.css'] = asset(partials.map((name) => readFileSync(join(folder, 'css', name), 'utf8')).join('\n'), TYPES['.css']!);
  for (const name of readdirSync(folder)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (type && name !== 'style.css') files[name] = asset(readFileSync(join(folder, name), 'utf8'), type);
  }
  const pathOf = (name: string) => `/assets/${name}?v=${files[name]?.etag.slice(1, 9) ?? '0'}`;
  return { files, stylesheetPath: pathOf('style.css'), pathOf };
}
