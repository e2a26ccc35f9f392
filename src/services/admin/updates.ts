// Use cases on developments: create, edit (version-checked), publish, withdraw, delete a draft;
// none of them on a pledge of an archived government.
import { mergeUnits } from '../../domain/edit-merge.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import { canWriteUpdatesOf, type Actor } from '../../domain/roles.ts';
import { isArchived } from '../../store/agreements.ts';
import { recordAudit } from '../../store/audit.ts';
import type { Db } from '../../store/database.ts';
import { refreshPledgeState } from '../../store/pledge-state.ts';
import { indexPledge } from '../search-index.ts';
import { findPledgeBySlug, markPledgeChanged } from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { findPledgeById } from '../../store/pledge-admin.ts';
import { changeUpdate, deleteUpdate, detachSuggestionsFrom, findUpdateById, insertUpdate, type SourceFields, type UpdateWithSources } from '../../store/updates.ts';
import { refuseIfArchived } from '../archive.ts';
import { noteDevelopmentChange } from '../follow/notify.ts';
import { validate } from '../validation.ts';
import { editSubmissionOf, mergeOrConflict } from './edit-merge.ts';
import { changedFields } from './pledges.ts';
import { updateFormSchema } from './update-schema.ts';

export type Intent = 'draft' | 'publish';

function assertMayWrite(actor: Actor, pledge: Pledge): void {
  if (!canWriteUpdatesOf(actor, { partnerId: pledge.partner_id })) throw new ForbiddenError('Entwicklungen zu diesem Vorhaben darf dieses Konto nicht bearbeiten.');
}

/** The account may write, and the pledge's government is not archived (checked in the caller's transaction). */
async function assertWritable(db: Db, actor: Actor, pledge: Pledge): Promise<void> {
  assertMayWrite(actor, pledge);
  await refuseIfArchived(db, { agreementId: pledge.agreement_id });
}

async function pledgeOf(db: Db, slug: string): Promise<Pledge> {
  const pledge = await findPledgeBySlug(db, slug);
  if (!pledge) throw new NotFoundError(`Vorhaben „${slug}“ nicht gefunden`);
  return pledge;
}

async function updateWithPledge(db: Db, id: number): Promise<{ update: UpdateWithSources; pledge: Pledge }> {
  const update = Number.isSafeInteger(id) ? await findUpdateById(db, id) : undefined;
  if (!update) throw new NotFoundError('Entwicklung nicht gefunden');
  const pledge = (await findPledgeById(db, update.pledge_id))!;
  return { update, pledge };
}

/** A snapshot for the audit log and the conflict page. */
export function describeUpdate(update: UpdateWithSources) {
  return {
    event_date: update.event_date,
    title: update.title,
    body: update.body,
    status_change: update.status_change ?? '',
    rating_change: update.rating_change?.toString() ?? '',
    published: update.published_at !== null,
    sources: update.sources.map((source) => `${source.title} <${source.url}>`).join('; '),
  };
}

/** A source as the form shows it. */
export interface SourceValues {
  url: string;
  title: string;
  publisher: string;
  date: string;
}

/** A development's editable fields as the form shows them; `published` is set by the button pressed. */
export interface UpdateFormValues {
  version?: number;
  event_date: string;
  title: string;
  body: string;
  status_change: string;
  rating_change: string;
  sources: SourceValues[];
  published: boolean;
}

export function updateFormValues(update: UpdateWithSources): UpdateFormValues {
  return {
    version: update.version,
    event_date: update.event_date,
    title: update.title,
    body: update.body,
    status_change: update.status_change ?? '',
    rating_change: update.rating_change?.toString() ?? '',
    sources: update.sources.map((source) => sourceValues({ url: source.url, title: source.title, publisher: source.publisher, publishedOn: source.published_on })),
    published: update.published_at !== null,
  };
}

function sourceValues(source: SourceFields): SourceValues {
  return { url: source.url, title: source.title, publisher: source.publisher ?? '', date: source.publishedOn ?? '' };
}

/** Values as the form submits them, for validating merged values like a submission. */
function formInput(values: UpdateFormValues): Record<string, string | string[]> {
  const column = (key: keyof SourceValues) => values.sources.map((source) => source[key]);
  return {
    ...(values.version !== undefined ? { version: String(values.version) } : {}), event_date: values.event_date, title: values.title, body: values.body,
    status_change: values.status_change, rating_change: values.rating_change,
    source_url: column('url'), source_title: column('title'), source_publisher: column('publisher'), source_date: column('date'),
  };
}

export async function loadNewUpdateForm(db: Db, actor: Actor, pledgeSlug: string): Promise<Pledge> {
  const pledge = await pledgeOf(db, pledgeSlug);
  await assertWritable(db, actor, pledge);
  return pledge;
}

export async function createUpdate(db: Db, actor: Actor, pledgeSlug: string, input: Record<string, unknown>, intent: Intent, now: Date): Promise<number> {
  const form = validate(updateFormSchema, input);
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const pledge = await pledgeOf(trx, pledgeSlug);
    await assertWritable(trx, actor, pledge);
    const id = await insertUpdate(trx, { pledgeId: pledge.id, ...form, publishedAt: intent === 'publish' ? stamp : null, origin: 'editor', authorId: actor.id }, stamp);
    if (intent === 'publish') await markPledgeChanged(trx, pledge.id, stamp.slice(0, 10));
    await refreshPledgeState(trx, pledge.id);
    await indexPledge(trx, pledge.id);
    await noteDevelopmentChange(trx, id, stamp);
    const created = (await findUpdateById(trx, id))!;
    await recordAudit(trx, { userId: actor.id, action: 'update.create', entityType: 'update', entityId: id, summary: `Entwicklung „${form.title}“ zu „${pledge.title}“ ${intent === 'publish' ? 'veröffentlicht' : 'als Entwurf angelegt'}`, before: null, after: describeUpdate(created) }, stamp);
    return id;
  });
}

export async function loadUpdateEditor(db: Db, actor: Actor, id: number) {
  const { update, pledge } = await updateWithPledge(db, id);
  assertMayWrite(actor, pledge);
  return { update, pledge, archived: await isArchived(db, { agreementId: pledge.agreement_id }) };
}

/**
 * Saves the form (publishing it too when asked, or making it a draft again). A form loaded from an
 * older version is merged with the saved one and raises EditConflictError when somebody else
 * changed its fields meanwhile (see mergeOrConflict); nothing is written then.
 */
export async function saveUpdate(db: Db, actor: Actor, id: number, input: Record<string, unknown>, intent: Intent | 'keep', now: Date): Promise<void> {
  const submitted = validate(updateFormSchema, input);
  const submission = editSubmissionOf(input);
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const { pledge } = await updateWithPledge(trx, id);
    await assertWritable(trx, actor, pledge);
    // Locked after the government, the order every write keeps: a concurrent edit merges with this one instead of overwriting it.
    const update = await findUpdateById(trx, id, { forUpdate: true });
    if (!update) throw new NotFoundError('Entwicklung nicht gefunden');
    const before = describeUpdate(update);
    const current = updateFormValues(update);
    // The buttons say what to do with the publication relative to what the form was loaded with.
    const loadedPublished = typeof submission.base?.published === 'boolean' ? submission.base.published : current.published;
    const mine: UpdateFormValues = {
      version: update.version, event_date: submitted.eventDate, title: submitted.title, body: submitted.body, status_change: submitted.statusChange ?? '',
      rating_change: submitted.ratingChange?.toString() ?? '', sources: submitted.sources.map(sourceValues), published: intent === 'keep' ? loadedPublished : intent === 'publish',
    };
    const merged = await mergeOrConflict(trx, {
      entity: 'Die Entwicklung', audit: { entityType: 'update', entityId: id, fieldsOf: { published: ['published', 'published_at'] } },
      formVersion: submitted.version, version: update.version, mine, current, units: mergeUnits(current, {}, ['version']), submission,
    });
    const form = validate(updateFormSchema, formInput(merged));
    const publishedAt = merged.published ? (update.published_at ?? stamp) : null;
    await changeUpdate(trx, id, { eventDate: form.eventDate, title: form.title, body: form.body, statusChange: form.statusChange, ratingChange: form.ratingChange, publishedAt, sources: form.sources }, stamp);
    if (publishedAt !== null || update.published_at !== null) await markPledgeChanged(trx, pledge.id, stamp.slice(0, 10));
    await refreshPledgeState(trx, pledge.id);
    await indexPledge(trx, pledge.id);
    await noteDevelopmentChange(trx, id, stamp);
    const after = describeUpdate((await findUpdateById(trx, id))!);
    await recordAudit(trx, { userId: actor.id, action: 'update.update', entityType: 'update', entityId: id, summary: `Entwicklung „${form.title}“ bearbeitet`, ...changedFields(before, after) }, stamp);
  });
}

/** Publishing sets published_at to now; withdrawing makes it a draft again. */
export async function setUpdatePublished(db: Db, actor: Actor, id: number, published: boolean, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const { update, pledge } = await updateWithPledge(trx, id);
    await assertWritable(trx, actor, pledge);
    if ((update.published_at !== null) === published) return;
    await changeUpdate(trx, id, { publishedAt: published ? stamp : null }, stamp);
    await markPledgeChanged(trx, pledge.id, stamp.slice(0, 10));
    await noteDevelopmentChange(trx, id, stamp);
    await refreshPledgeState(trx, pledge.id);
    await indexPledge(trx, pledge.id);
    await recordAudit(trx, {
      userId: actor.id, action: published ? 'update.publish' : 'update.withdraw', entityType: 'update', entityId: id,
      summary: `Entwicklung „${update.title}“ ${published ? 'veröffentlicht' : 'zurückgezogen'}`, before: { published_at: update.published_at }, after: { published_at: published ? stamp : null },
    }, stamp);
  });
}

export async function deleteDraft(db: Db, actor: Actor, id: number, now: Date): Promise<string> {
  const stamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const { update, pledge } = await updateWithPledge(trx, id);
    await assertWritable(trx, actor, pledge);
    if (update.published_at !== null) throw new ForbiddenError('Veröffentlichte Entwicklungen werden zurückgezogen, nicht gelöscht.');
    await detachSuggestionsFrom(trx, id);
    await deleteUpdate(trx, id);
    await refreshPledgeState(trx, pledge.id);
    await indexPledge(trx, pledge.id);
    await recordAudit(trx, { userId: actor.id, action: 'update.delete', entityType: 'update', entityId: id, summary: `Entwurf „${update.title}“ gelöscht`, before: describeUpdate(update), after: null }, stamp);
    return pledge.slug;
  });
}
