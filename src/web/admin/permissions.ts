// Role checks for back-office routes; services check again for what depends on the record.
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError, problem } from '../../domain/errors.ts';
import { can, type Permission } from '../../domain/roles.ts';
import type { SignedIn } from '../../services/sessions.ts';
import type { AppEnv } from '../session.ts';

export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user || !can(user, permission)) throw new ForbiddenError(problem('forbidden.permission'));
    await next();
  };
}

/** The signed-in user of a back-office request (the routes are mounted behind requireSignIn). */
export function actorOf(c: { get(key: 'user'): SignedIn | undefined }): SignedIn {
  const user = c.get('user');
  if (!user) throw new ForbiddenError();
  return user;
}
