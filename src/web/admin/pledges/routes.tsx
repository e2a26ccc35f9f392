// Back-office routes: pledges: list and edit.
import { Hono } from 'hono';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';

export function pledgeRoutes(_deps: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
