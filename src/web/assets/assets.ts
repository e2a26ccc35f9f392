// Our own static files (one stylesheet, one icon), served from memory with a content hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

export interface Assets {
  files: Record<string, Asset>;
  /** Changes whenever the stylesheet does, so browsers may cache it for a year. */
  stylesheetPath: string;
}

const TYPES: Record<string, string> = {
  'style.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

export function loadAssets(rootDirectory: string): Assets {
  const files: Record<string, Asset> = {};
  for (const [name, type] of Object.entries(TYPES)) {
    const body = readFileSync(join(rootDirectory, 'src/web/assets', name), 'utf8');
    files[name] = { body, type, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };
  }
  return { files, stylesheetPath: `/assets/style.css?v=${files['style.css']!.etag.slice(1, 9)}` };
}
