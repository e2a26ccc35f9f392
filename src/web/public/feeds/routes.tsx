// Public routes: Atom, RSS and JSON feeds.
import { Hono } from 'hono';
import type { PublicDeps } from '../deps.ts';
import type { AppEnv } from '../../session.ts';

export function feedRoutes(_deps: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
