// Public routes: search at /suche.
import { Hono } from 'hono';
import type { PublicDeps } from '../deps.ts';
import type { AppEnv } from '../../session.ts';

export function searchRoutes(_deps: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
