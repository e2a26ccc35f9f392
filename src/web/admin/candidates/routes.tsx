// Back-office routes: review of the extractor's candidates per chapter.
import { Hono } from 'hono';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';

export function candidateReviewRoutes(_deps: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
