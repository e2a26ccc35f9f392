// Back-office routes: developments: create, edit, publish.
import { Hono } from 'hono';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';

export function updateRoutes(_deps: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
