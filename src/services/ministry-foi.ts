// Use cases: which public body on the freedom-of-information portal each lead ministry's link addresses
// (FOI_URL_TEMPLATE's `{authority}`), listed and set by editors.
import { ForbiddenError, fieldIssue, NotFoundError, problem, ValidationError } from '../domain/errors.ts';
import { can, type Actor } from '../domain/roles.ts';
import { recordAudit } from '../store/audit.ts';
import type { Db } from '../store/database.ts';
import { listMinistriesFoi, setMinistryFoiAuthority, type MinistryFoi } from '../store/vocabularies.ts';

/** A slug as portals write them in their addresses. */
const AUTHORITY = /^[a-z0-9][a-z0-9-]{0,199}$/;

export async function listMinistryAuthorities(db: Db, actor: Actor): Promise<MinistryFoi[]> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  return listMinistriesFoi(db);
}

/** Sets the ministry's public body; an empty value clears it (the link then guesses our slug). */
export async function setMinistryAuthority(db: Db, actor: Actor, ministrySlug: string, value: string, now: Date): Promise<void> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  const authority = value.trim().toLowerCase() || null;
  if (authority !== null && !AUTHORITY.test(authority)) throw new ValidationError([fieldIssue('foi_authority', 'ministry.foiAuthority')]);
  await db.transaction().execute(async (trx) => {
    const ministry = (await listMinistriesFoi(trx)).find((entry) => entry.slug === ministrySlug);
    if (!ministry) throw new NotFoundError(problem('notFound.ministry', { slug: ministrySlug }));
    if (ministry.foi_authority === authority) return;
    await setMinistryFoiAuthority(trx, ministrySlug, authority);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: 'ministry.foi',
        entityType: 'ministry',
        entityId: ministry.id,
        summary: `${ministry.name}: ${authority ?? 'keine Behörde'}`,
        before: { foi_authority: ministry.foi_authority },
        after: { foi_authority: authority },
      },
      now.toISOString(),
    );
  });
}
