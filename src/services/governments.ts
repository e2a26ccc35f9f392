// Use cases on governments: the list with their agreements (public, and in the back office), archiving and reopening (admins).
import { ForbiddenError, NotFoundError, problem } from '../domain/errors.ts';
import { can, type Actor } from '../domain/roles.ts';
import { lockGovernment, listAgreements, listGovernments, partiesOf, setGovernmentActive } from '../store/agreements.ts';
import { recordAudit } from '../store/audit.ts';
import type { Db } from '../store/database.ts';

export interface GovernmentRow {
  id: number;
  name: string;
  parties: string[];
  termStart: string | null;
  termEnd: string | null;
  archived: boolean;
  agreements: { slug: string; title: string }[];
}

/** Every government with its agreements, the latest term first, for the back office. */
export async function listGovernmentsWithAgreements(db: Db, actor: Actor): Promise<GovernmentRow[]> {
  if (!can(actor, 'governments.manage')) throw new ForbiddenError();
  return listPublicGovernments(db);
}

/** Every government with its agreements, the latest term first: all of it public, archived governments included. */
export async function listPublicGovernments(db: Db): Promise<GovernmentRow[]> {
  const agreements = await listAgreements(db);
  const rows = (await listGovernments(db)).map((government) => ({
    id: government.id,
    name: government.name,
    parties: partiesOf(government),
    termStart: government.term_start,
    termEnd: government.term_end,
    archived: government.active === 0,
    agreements: agreements.filter((agreement) => agreement.government_id === government.id).map(({ slug, title }) => ({ slug, title })),
  }));
  return rows.sort((a, b) => (b.termStart ?? '').localeCompare(a.termStart ?? '') || b.id - a.id);
}

/**
 * Archives a government (its content becomes read-only, decision 43) or reopens it. Setting the state it
 * already has changes nothing and records nothing.
 */
export async function setGovernmentArchived(
  db: Db,
  actor: Actor,
  governmentId: number,
  archived: boolean,
  now: Date,
): Promise<{ name: string; changed: boolean }> {
  if (!can(actor, 'governments.manage')) throw new ForbiddenError();
  return db.transaction().execute(async (trx) => {
    const government = await lockGovernment(trx, governmentId);
    if (!government) throw new NotFoundError(problem('notFound.government'));
    if ((government.active === 0) === archived) return { name: government.name, changed: false };
    await setGovernmentActive(trx, governmentId, !archived);
    await recordAudit(
      trx,
      {
        userId: actor.id,
        action: archived ? 'government.archive' : 'government.reopen',
        entityType: 'government',
        entityId: governmentId,
        summary: `${government.name} ${archived ? 'archiviert' : 'wieder geöffnet'}`,
        before: { active: government.active === 1 },
        after: { active: !archived },
      },
      now.toISOString(),
    );
    return { name: government.name, changed: true };
  });
}
