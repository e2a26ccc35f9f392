// Back-office routes: the moderation queue of public suggestions.
import { Hono } from 'hono';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';

export function suggestionRoutes(_deps: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
