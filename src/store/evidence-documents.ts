// Documents evidence discovery found, stored raw with where and when they were retrieved.
import type { Db } from './database.ts';
import type { EvidenceDocumentKind, EvidenceDocumentRow } from './schema-evidence.ts';

export interface DocumentFields {
  sourceId: number;
  kind: EvidenceDocumentKind;
  externalId: string;
  title: string;
  date: string | null;
  url: string | null;
  raw: string;
  fetchedFrom: string;
  contentHash: string;
}

/** Stores a document, or its new content when that changed; `changed` is true for a new or changed one. */
export async function saveDocument(db: Db, fields: DocumentFields, retrievedAt: string): Promise<{ id: number; changed: boolean }> {
  const existing = await db
    .selectFrom('evidence_documents')
    .select(['id', 'content_hash'])
    .where('source_id', '=', fields.sourceId)
    .where('external_id', '=', fields.externalId)
    .executeTakeFirst();
  const row = {
    kind: fields.kind,
    title: fields.title,
    date: fields.date,
    url: fields.url,
    raw: fields.raw,
    fetched_from: fields.fetchedFrom,
    retrieved_at: retrievedAt,
    content_hash: fields.contentHash,
  };
  if (!existing) {
    const { id } = await db
      .insertInto('evidence_documents')
      .values({ ...row, source_id: fields.sourceId, external_id: fields.externalId, created_at: retrievedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id, changed: true };
  }
  if (existing.content_hash === fields.contentHash) return { id: existing.id, changed: false };
  await db.updateTable('evidence_documents').set(row).where('id', '=', existing.id).execute();
  return { id: existing.id, changed: true };
}

export async function findDocument(db: Db, sourceId: number, externalId: string): Promise<EvidenceDocumentRow | undefined> {
  return db
    .selectFrom('evidence_documents')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function findDocumentById(db: Db, id: number): Promise<EvidenceDocumentRow | undefined> {
  return db.selectFrom('evidence_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Documents new or changed since they were last matched (all of them with `all`), oldest first. */
export async function listDocumentsToMatch(db: Db, options: { all?: boolean } = {}): Promise<EvidenceDocumentRow[]> {
  let query = db.selectFrom('evidence_documents').selectAll().orderBy('id');
  if (!options.all) query = query.where((eb) => eb.or([eb('matched_hash', 'is', null), eb('matched_hash', '<>', eb.ref('content_hash'))]));
  return query.execute();
}

export async function markMatched(db: Db, id: number, contentHash: string): Promise<void> {
  await db.updateTable('evidence_documents').set({ matched_hash: contentHash }).where('id', '=', id).execute();
}
