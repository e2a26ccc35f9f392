// Which agreement a public page shows when the URL does not name one.
import { NotFoundError } from '../../domain/errors.ts';
import { listAgreements, type AgreementWithGovernment } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';

/** The named agreement, else the newest of an active government, else the newest. */
export async function chooseAgreement(
  db: Db,
  slug?: string,
): Promise<{ agreement: AgreementWithGovernment; others: AgreementWithGovernment[] } | undefined> {
  const agreements = await listAgreements(db);
  if (agreements.length === 0) return undefined;
  const newestFirst = [...agreements].reverse();
  const agreement = slug
    ? agreements.find((candidate) => candidate.slug === slug)
    : (newestFirst.find((candidate) => candidate.government.active === 1) ?? newestFirst[0]);
  if (!agreement) throw new NotFoundError(`Koalitionsvertrag „${slug}“ nicht gefunden`);
  return { agreement, others: agreements.filter((other) => other.id !== agreement.id) };
}
