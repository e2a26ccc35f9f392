// Public routes: e-mail follow (/abo) and public suggestions.
import { Hono } from 'hono';
import type { PublicDeps } from '../deps.ts';
import type { AppEnv } from '../../session.ts';

export function followRoutes(_deps: PublicDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
