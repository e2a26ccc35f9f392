// The audit log's URL parameters (German) ⇄ the service's English-named query.
import type { AuditQuery } from '../../../services/admin/audit-log.ts';

export const AUDIT_PARAMS = {
  user: 'benutzer',
  entityType: 'typ',
  action: 'aktion',
  pledge: 'vorhaben',
  from: 'von',
  to: 'bis',
  before: 'vor',
} as const satisfies Record<keyof AuditQuery, string>;

export function auditQueryOf(query: Record<string, string | undefined>): AuditQuery {
  return Object.fromEntries(Object.entries(AUDIT_PARAMS).map(([field, param]) => [field, query[param]]));
}
