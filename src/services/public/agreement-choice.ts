// Which agreement a public page shows when the URL does not name one, and how links name each agreement.
import { NotFoundError, problem } from '../../domain/errors.ts';
import { listAgreements, type AgreementWithGovernment } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import type { AgreementScope } from './paths.ts';

/** An agreement with how links to its pages name it (see AgreementScope). */
export type ScopedAgreement = AgreementWithGovernment & { scope: AgreementScope };

export interface AgreementChoice {
  agreement: ScopedAgreement;
  others: ScopedAgreement[];
}

/** Every agreement in import order; the one shown by default is the newest of an active government, else the newest. */
export async function listScopedAgreements(db: Db): Promise<ScopedAgreement[]> {
  const agreements = await listAgreements(db);
  const newestFirst = [...agreements].reverse();
  const shown = newestFirst.find((candidate) => candidate.government.active === 1) ?? newestFirst[0];
  return agreements.map((agreement) => ({ ...agreement, scope: agreement.id === shown?.id ? undefined : agreement.slug }));
}

/**
 * The named agreement, else the one shown by default; undefined while nothing has been imported. A page
 * asked for by the agreement's name links on by its name, so /vertrag/SLUG leads to all of its pages.
 */
export async function chooseAgreement(db: Db, slug?: string): Promise<AgreementChoice | undefined> {
  const agreements = await listScopedAgreements(db);
  if (agreements.length === 0) return undefined;
  const agreement = slug
    ? agreements.find((candidate) => candidate.slug === slug)
    : agreements.find((candidate) => candidate.scope === undefined);
  if (!agreement) throw new NotFoundError(slug ? problem('notFound.agreement', { slug }) : problem('notFound'));
  return {
    agreement: { ...agreement, scope: slug ? agreement.slug : undefined },
    others: agreements.filter((other) => other.id !== agreement.id),
  };
}

/** How links from the pages of a chapter or pledge of this agreement name it. */
export async function scopeOfAgreement(db: Db, agreementId: number): Promise<AgreementScope> {
  return (await listScopedAgreements(db)).find((agreement) => agreement.id === agreementId)?.scope;
}
