// Who may do what in the back office: admins everything, editors all content, experts only
// developments on the pledges of their own organisation.

export const ROLES = ['admin', 'editor', 'expert'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Actor {
  id: number;
  role: Role;
  organisationId: number | null;
}

export type Permission =
  | 'users.manage'
  | 'governments.manage' // archive and reopen
  | 'sources.manage' // the feeds evidence discovery reads
  | 'content.edit' // chapters, candidates, pledges, suggestions
  | 'audit.read'
  | 'back-office.enter';

export function can(actor: Actor, permission: Permission): boolean {
  switch (permission) {
    case 'users.manage':
    case 'governments.manage':
    case 'sources.manage':
      return actor.role === 'admin';
    case 'content.edit':
    case 'audit.read':
      return actor.role === 'admin' || actor.role === 'editor';
    case 'back-office.enter':
      return true;
  }
}

/** Developments of a pledge: editors and admins on all, experts on their organisation's. */
export function canWriteDevelopmentsOf(actor: Actor, pledge: { partnerId: number | null }): boolean {
  if (can(actor, 'content.edit')) return true;
  return actor.role === 'expert' && actor.organisationId !== null && pledge.partnerId === actor.organisationId;
}
