// Back-office routes: the audit log with filters.
import { Hono } from 'hono';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';

export function auditRoutes(_deps: AdminDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
