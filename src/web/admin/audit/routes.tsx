// Back-office routes: the audit log with filters (editors and admins).
import { Hono } from 'hono';
import { loadAuditLog } from '../../../services/admin/audit-log.ts';
import { fieldText } from '../../i18n/errors.ts';
import type { AppEnv } from '../../session.ts';
import type { AdminDeps } from '../deps.ts';
import { actorOf, requirePermission } from '../permissions.ts';
import { AuditPage } from './audit-page.tsx';
import { AUDIT_PARAMS, auditQueryOf } from './query.ts';

export function auditRoutes(deps: AdminDeps): Hono<AppEnv> {
  const { db, render } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/protokoll', requirePermission('audit.read'), async (c) => {
    const log = await loadAuditLog(db, actorOf(c), auditQueryOf(c.req.query()));
    const errors = Object.fromEntries(
      log.problems.map((problem) => [AUDIT_PARAMS[problem.field as keyof typeof AUDIT_PARAMS], fieldText(problem)]),
    );
    return render(c, <AuditPage log={log} errors={errors} />, log.problems.length > 0 ? 422 : 200);
  });

  return routes;
}
