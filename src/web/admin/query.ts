// The back office's query parameters that every list shares, read into English-named values at the edge.
import type { Context } from 'hono';
import type { AppEnv } from '../session.ts';

/** `?seite=N`: the page of a list, from 1; anything else is the first page. */
export function pageParam(c: Context<AppEnv>): number {
  const raw = c.req.query('seite');
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}
