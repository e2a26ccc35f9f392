// PNG share pictures rendered on the server from SVG (resvg); a small cache keeps repeat
// requests cheap, and the ETag lets browsers and CDNs revalidate.
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import type { Context } from 'hono';
import type { Status } from '../../domain/status.ts';
import { shareSvg, type ShareCard } from '../../formats/share-svg.ts';

export const STATUS_COLOURS: Record<Status, string> = {
  not_started: '#8a8f98',
  in_progress: '#2f6fb3',
  partially_implemented: '#c77c02',
  implemented: '#2e7d32',
  deferred: '#7b5ea7',
  broken: '#c62828',
  unverifiable: '#5f6b7a',
};

const CACHE_SIZE = 200;
const cache = new Map<string, Buffer>();

function renderPng(svg: string, key: string): Buffer {
  const cached = cache.get(key);
  if (cached) return cached;
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  return png;
}

export function sharePngResponse(c: Context, card: ShareCard): Response {
  const svg = shareSvg(card);
  const etag = `"${createHash('sha256').update(svg).digest('hex').slice(0, 20)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, max-age=3600');
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
  return c.body(new Uint8Array(renderPng(svg, etag)), 200, { 'Content-Type': 'image/png' });
}
