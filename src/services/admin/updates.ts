// Use cases on developments: create, edit (version-checked), publish, withdraw, delete a draft;
// none of them on a pledge of an archived government.
import { mergeUnits } from '../../domain/edit-merge.ts';
import { ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { isArchived } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import { findPledgeById, findPledgeBySlug } from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { findUpdateById, type SourceFields, type UpdateWithSources } from '../../store/updates.ts';
import { refuseIfArchived } from '../archive.ts';
import { assertMay, changePledge, type AccountWriter } from '../pledge-change.ts';
import { validate } from '../validation.ts';
import { editSubmissionOf, mergeOrConflict } from './edit-merge.ts';
import { changedFields } from './pledges.ts';
import { updateFormSchema } from './update-schema.ts';

export type Intent = 'draft' | 'publish';

/** Writes on developments need the right to write those of their pledge. */
const writer = (actor: Actor, now: Date): AccountWriter => ({ actor, needs: 'developments', at: now.toISOString() });

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
  const pledge = await findPledgeBySlug(db, pledgeSlug);
  if (!pledge) throw new NotFoundError(`Vorhaben „${pledgeSlug}“ nicht gefunden`);
  assertMay(actor, 'developments', pledge);
  await refuseIfArchived(db, { agreementId: pledge.agreement_id });
  return pledge;
}

export async function createUpdate(db: Db, actor: Actor, pledgeSlug: string, input: Record<string, unknown>, intent: Intent, now: Date): Promise<number> {
  const form = validate(updateFormSchema, input);
  return changePledge(db, writer(actor, now), { slug: pledgeSlug }, async (change) => {
    const { pledge } = change;
    const id = await change.insertUpdate({ pledgeId: pledge.id, ...form, publishedAt: intent === 'publish' ? change.at : null, origin: 'editor', authorId: actor.id });
    const created = (await findUpdateById(change.db, id))!;
    change.audit({ action: 'update.create', entityType: 'update', entityId: id, summary: `Entwicklung „${form.title}“ zu „${pledge.title}“ ${intent === 'publish' ? 'veröffentlicht' : 'als Entwurf angelegt'}`, before: null, after: describeUpdate(created) });
    return id;
  });
}

export async function loadUpdateEditor(db: Db, actor: Actor, id: number) {
  const { update, pledge } = await updateWithPledge(db, id);
  assertMay(actor, 'developments', pledge);
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
  await changePledge(db, writer(actor, now), { updateId: id, lock: true }, async (change) => {
    const { update } = change;
    const before = describeUpdate(update);
    const current = updateFormValues(update);
    // The buttons say what to do with the publication relative to what the form was loaded with.
    const loadedPublished = typeof submission.base?.published === 'boolean' ? submission.base.published : current.published;
    const mine: UpdateFormValues = {
      version: update.version, event_date: submitted.eventDate, title: submitted.title, body: submitted.body, status_change: submitted.statusChange ?? '',
      rating_change: submitted.ratingChange?.toString() ?? '', sources: submitted.sources.map(sourceValues), published: intent === 'keep' ? loadedPublished : intent === 'publish',
    };
    const merged = await mergeOrConflict(change.db, {
      entity: 'Die Entwicklung', audit: { entityType: 'update', entityId: id, fieldsOf: { published: ['published', 'published_at'] } },
      formVersion: submitted.version, version: update.version, mine, current, units: mergeUnits(current, {}, ['version']), submission,
    });
    const form = validate(updateFormSchema, formInput(merged));
    const publishedAt = merged.published ? (update.published_at ?? change.at) : null;
    await change.changeUpdate(id, { eventDate: form.eventDate, title: form.title, body: form.body, statusChange: form.statusChange, ratingChange: form.ratingChange, publishedAt, sources: form.sources });
    const after = describeUpdate((await findUpdateById(change.db, id))!);
    change.audit({ action: 'update.update', entityType: 'update', entityId: id, summary: `Entwicklung „${form.title}“ bearbeitet`, ...changedFields(before, after) });
  });
}

/** Publishing sets published_at to now; withdrawing makes it a draft again. */
export async function setUpdatePublished(db: Db, actor: Actor, id: number, published: boolean, now: Date): Promise<void> {
  await changePledge(db, writer(actor, now), { updateId: id }, async (change) => {
    const { update } = change;
    if ((update.published_at !== null) === published) return;
    const publishedAt = published ? change.at : null;
    await change.changeUpdate(id, { publishedAt });
    change.audit({
      action: published ? 'update.publish' : 'update.withdraw', entityType: 'update', entityId: id,
      summary: `Entwicklung „${update.title}“ ${published ? 'veröffentlicht' : 'zurückgezogen'}`, before: { published_at: update.published_at }, after: { published_at: publishedAt },
    });
  });
}

export async function deleteDraft(db: Db, actor: Actor, id: number, now: Date): Promise<string> {
  return changePledge(db, writer(actor, now), { updateId: id }, async (change) => {
    const { update, pledge } = change;
    if (update.published_at !== null) throw new ForbiddenError('Veröffentlichte Entwicklungen werden zurückgezogen, nicht gelöscht.');
    await change.deleteUpdate(id);
    change.audit({ action: 'update.delete', entityType: 'update', entityId: id, summary: `Entwurf „${update.title}“ gelöscht`, before: describeUpdate(update), after: null });
    return pledge.slug;
  });
}
