// Governments and the agreements that set out their programmes.
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import { keysetPage, type KeysetPage } from './keyset.ts';
import type { Agreement, Government } from './schema.ts';

export interface GovernmentFields {
  slug: string;
  name: string;
  parties: string[];
  termStart: string | null;
  termEnd: string | null;
  active: boolean;
}

export interface AgreementFields {
  slug: string;
  title: string;
  sourceUrl: string | null;
  licence: string | null;
}

export type AgreementWithGovernment = Agreement & { government: Government };

export async function findAgreementBySlug(db: Db, slug: string): Promise<AgreementWithGovernment | undefined> {
  const agreement = await db.selectFrom('agreements').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!agreement) return undefined;
  const government = await db.selectFrom('governments').selectAll().where('id', '=', agreement.government_id).executeTakeFirstOrThrow();
  return { ...agreement, government };
}

export async function listAgreements(db: Db): Promise<AgreementWithGovernment[]> {
  const agreements = await db.selectFrom('agreements').selectAll().orderBy('id').execute();
  const governments = await db.selectFrom('governments').selectAll().execute();
  const byId = new Map(governments.map((government) => [government.id, government]));
  return agreements.map((agreement) => ({ ...agreement, government: byId.get(agreement.government_id)! }));
}

/** Creates the government or brings its fields up to date; returns its id. */
export async function saveGovernment(db: Db, fields: GovernmentFields): Promise<number> {
  const row = {
    name: fields.name,
    parties: JSON.stringify(fields.parties),
    term_start: fields.termStart,
    term_end: fields.termEnd,
    active: fields.active ? 1 : 0,
  };
  const existing = await db.selectFrom('governments').selectAll().where('slug', '=', fields.slug).executeTakeFirst();
  if (!existing) {
    const inserted = await db
      .insertInto('governments')
      .values({ slug: fields.slug, ...row })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  }
  const changed = Object.entries(row).some(([key, value]) => existing[key as keyof typeof row] !== value);
  if (changed) await db.updateTable('governments').set(row).where('id', '=', existing.id).execute();
  return existing.id;
}

/** Creates the agreement or brings its fields up to date; returns its id. */
export async function saveAgreement(db: Db, governmentId: number, fields: AgreementFields): Promise<number> {
  const row = { government_id: governmentId, title: fields.title, source_url: fields.sourceUrl, licence: fields.licence };
  const existing = await db.selectFrom('agreements').selectAll().where('slug', '=', fields.slug).executeTakeFirst();
  if (!existing) {
    const inserted = await db
      .insertInto('agreements')
      .values({ slug: fields.slug, ...row })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  }
  const changed = Object.entries(row).some(([key, value]) => existing[key as keyof typeof row] !== value);
  if (changed) await db.updateTable('agreements').set(row).where('id', '=', existing.id).execute();
  return existing.id;
}

export async function listGovernments(db: Db): Promise<Government[]> {
  return db.selectFrom('governments').selectAll().orderBy('id').execute();
}

/**
 * The government, for a change to it: on PostgreSQL its row stays locked until the transaction ends, so
 * archiving waits for writes that have share-locked it through `isArchived(…, { forWrite: true })`.
 */
export async function lockGovernment(db: Db, id: number): Promise<Government | undefined> {
  const query = db.selectFrom('governments').selectAll().where('id', '=', id);
  return (isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
}

export async function setGovernmentActive(db: Db, id: number, active: boolean): Promise<void> {
  await db
    .updateTable('governments')
    .set({ active: active ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** What belongs to one government: its agreement, or a pledge or chapter of that agreement. */
export type ArchiveKey = { agreementId: number } | { pledgeId: number } | { chapterId: number };

/**
 * Whether the government the key belongs to is archived (`active=0`); false for an unknown key.
 * `forWrite`: on PostgreSQL the government's row stays share-locked until the transaction ends, so
 * an import that archives it waits for a write that has just checked it, and the other way round.
 * (Not for pages: a row lock writes to the row.)
 */
export async function isArchived(db: Db, key: ArchiveKey, options: { forWrite?: boolean } = {}): Promise<boolean> {
  const agreementId =
    'agreementId' in key
      ? key.agreementId
      : 'pledgeId' in key
        ? db.selectFrom('pledges').select('agreement_id').where('id', '=', key.pledgeId)
        : db.selectFrom('chapters').select('agreement_id').where('id', '=', key.chapterId);
  const query = db
    .selectFrom('governments')
    .select('active')
    .where('id', '=', (eb) => eb.selectFrom('agreements').select('government_id').where('id', '=', agreementId));
  const row = await (options.forWrite && isPostgres(db) ? query.forShare() : query).executeTakeFirst();
  return row?.active === 0;
}

export function partiesOf(government: Government): string[] {
  return JSON.parse(government.parties) as string[];
}

/** The API's page of governments. */
export async function pageOfGovernments(db: Db, page: KeysetPage): Promise<Government[]> {
  return keysetPage(db.selectFrom('governments').selectAll(), 'governments.id', page).execute();
}

export async function findGovernmentBySlug(db: Db, slug: string): Promise<Government | undefined> {
  return db.selectFrom('governments').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Agreements with their government's slug, as the API shows them. */
function agreementRows(db: Db) {
  return db
    .selectFrom('agreements')
    .innerJoin('governments', 'governments.id', 'agreements.government_id')
    .select([
      'agreements.id',
      'agreements.slug',
      'agreements.title',
      'agreements.source_url',
      'agreements.licence',
      'governments.slug as government_slug',
    ]);
}

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreementRow>>>;

/** The API's page of agreements, of one government when its slug is given. */
export async function pageOfAgreements(db: Db, filter: { government?: string }, page: KeysetPage): Promise<AgreementRow[]> {
  let query = agreementRows(db);
  if (filter.government !== undefined) query = query.where('governments.slug', '=', filter.government);
  return keysetPage(query, 'agreements.id', page).execute();
}

export async function findAgreementRow(db: Db, slug: string) {
  return agreementRows(db).where('agreements.slug', '=', slug).executeTakeFirst();
}
