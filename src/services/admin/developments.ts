// Use cases on developments: create, edit (version-checked), publish, withdraw, delete a draft;
// none of them on a pledge of an archived government.
import { mergeUnits } from '../../domain/edit-merge.ts';
import { fieldIssue, ForbiddenError, NotFoundError, problem, ValidationError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/roles.ts';
import { isArchived } from '../../store/agreements.ts';
import type { Db } from '../../store/database.ts';
import { findPledgeById, findPledgeBySlug } from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { findDevelopmentById, type SourceFields, type DevelopmentWithSources } from '../../store/developments.ts';
import { refuseIfArchived } from '../archive.ts';
import { assertMay, changePledge, type AccountWriter } from '../pledge-change.ts';
import { validate } from '../validation.ts';
import { editSubmissionOf, mergeOrConflict } from './edit-merge.ts';
import { changedFields } from './pledges.ts';
import { developmentFormSchema, requireSourceToPublish } from './development-schema.ts';

export type Intent = 'draft' | 'publish';

/** Writes on developments need the right to write those of their pledge. */
const writer = (actor: Actor, now: Date): AccountWriter => ({ actor, needs: 'developments', at: now.toISOString() });

async function developmentWithPledge(db: Db, id: number): Promise<{ development: DevelopmentWithSources; pledge: Pledge }> {
  const development = Number.isSafeInteger(id) ? await findDevelopmentById(db, id) : undefined;
  if (!development) throw new NotFoundError(problem('notFound.development'));
  const pledge = (await findPledgeById(db, development.pledge_id))!;
  return { development, pledge };
}

/** A snapshot for the audit log and the conflict page. */
export function describeDevelopment(development: DevelopmentWithSources) {
  return {
    event_date: development.event_date,
    title: development.title,
    body: development.body,
    status_change: development.status_change ?? '',
    rating_change: development.rating_change?.toString() ?? '',
    published: development.published_at !== null,
    sources: development.sources.map((source) => `${source.title} <${source.url}>`).join('; '),
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
export interface DevelopmentFormValues {
  version?: number;
  event_date: string;
  title: string;
  body: string;
  status_change: string;
  rating_change: string;
  sources: SourceValues[];
  published: boolean;
}

export function developmentFormValues(development: DevelopmentWithSources): DevelopmentFormValues {
  return {
    version: development.version,
    event_date: development.event_date,
    title: development.title,
    body: development.body,
    status_change: development.status_change ?? '',
    rating_change: development.rating_change?.toString() ?? '',
    sources: development.sources.map((source) =>
      sourceValues({ url: source.url, title: source.title, publisher: source.publisher, publishedOn: source.published_on }),
    ),
    published: development.published_at !== null,
  };
}

function sourceValues(source: SourceFields): SourceValues {
  return { url: source.url, title: source.title, publisher: source.publisher ?? '', date: source.publishedOn ?? '' };
}

/** Values as the form submits them, for validating merged values like a submission. */
export function developmentFormInput(values: DevelopmentFormValues): Record<string, string | string[]> {
  const column = (key: keyof SourceValues) => values.sources.map((source) => source[key]);
  return {
    ...(values.version !== undefined ? { version: String(values.version) } : {}),
    event_date: values.event_date,
    title: values.title,
    body: values.body,
    status_change: values.status_change,
    rating_change: values.rating_change,
    source_url: column('url'),
    source_title: column('title'),
    source_publisher: column('publisher'),
    source_date: column('date'),
  };
}

export async function loadNewDevelopmentForm(db: Db, actor: Actor, pledgeSlug: string): Promise<Pledge> {
  const pledge = await findPledgeBySlug(db, pledgeSlug);
  if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug: pledgeSlug }));
  assertMay(actor, 'developments', pledge);
  await refuseIfArchived(db, { agreementId: pledge.agreement_id });
  return pledge;
}

export async function createDevelopment(
  db: Db,
  actor: Actor,
  pledgeSlug: string,
  input: Record<string, unknown>,
  intent: Intent,
  now: Date,
): Promise<number> {
  const form = validate(developmentFormSchema, input);
  if (intent === 'publish') requireSourceToPublish(form.sources);
  return changePledge(db, writer(actor, now), { slug: pledgeSlug }, async (change) => {
    const { pledge } = change;
    const id = await change.insertDevelopment({
      pledgeId: pledge.id,
      ...form,
      publishedAt: intent === 'publish' ? change.at : null,
      origin: 'editor',
      authorId: actor.id,
    });
    const created = (await findDevelopmentById(change.db, id))!;
    change.audit({
      action: 'update.create',
      entityType: 'update',
      entityId: id,
      summary: `Entwicklung „${form.title}“ zu „${pledge.title}“ ${intent === 'publish' ? 'veröffentlicht' : 'als Entwurf angelegt'}`,
      before: null,
      after: describeDevelopment(created),
    });
    return id;
  });
}

export async function loadDevelopmentEditor(db: Db, actor: Actor, id: number) {
  const { development, pledge } = await developmentWithPledge(db, id);
  assertMay(actor, 'developments', pledge);
  return { development, pledge, archived: await isArchived(db, { agreementId: pledge.agreement_id }) };
}

/**
 * Saves the form (publishing it too when asked, or making it a draft again). A form loaded from an
 * older version is merged with the saved one and raises EditConflictError when somebody else
 * changed its fields meanwhile (see mergeOrConflict); nothing is written then.
 */
export async function saveDevelopment(
  db: Db,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  intent: Intent | 'keep',
  now: Date,
): Promise<void> {
  const submitted = validate(developmentFormSchema, input);
  const submission = editSubmissionOf(input);
  await changePledge(db, writer(actor, now), { developmentId: id, lock: true }, async (change) => {
    const { development } = change;
    const before = describeDevelopment(development);
    const current = developmentFormValues(development);
    // The buttons say what to do with the publication relative to what the form was loaded with.
    const loadedPublished = typeof submission.base?.published === 'boolean' ? submission.base.published : current.published;
    const mine: DevelopmentFormValues = {
      version: development.version,
      event_date: submitted.eventDate,
      title: submitted.title,
      body: submitted.body,
      status_change: submitted.statusChange ?? '',
      rating_change: submitted.ratingChange?.toString() ?? '',
      sources: submitted.sources.map(sourceValues),
      published: intent === 'keep' ? loadedPublished : intent === 'publish',
    };
    const merged = await mergeOrConflict(change.db, {
      entity: 'Die Entwicklung',
      audit: { entityType: 'update', entityId: id, fieldsOf: { published: ['published', 'published_at'] } },
      formVersion: submitted.version,
      version: development.version,
      mine,
      current,
      units: mergeUnits(current, {}, ['version']),
      submission,
    });
    const form = validate(developmentFormSchema, developmentFormInput(merged));
    if (merged.published) requireSourceToPublish(form.sources);
    const publishedAt = merged.published ? (development.published_at ?? change.at) : null;
    await change.changeDevelopment(id, {
      eventDate: form.eventDate,
      title: form.title,
      body: form.body,
      statusChange: form.statusChange,
      ratingChange: form.ratingChange,
      publishedAt,
      sources: form.sources,
    });
    const after = describeDevelopment((await findDevelopmentById(change.db, id))!);
    change.audit({
      action: 'update.update',
      entityType: 'update',
      entityId: id,
      summary: `Entwicklung „${form.title}“ bearbeitet`,
      ...changedFields(before, after),
    });
  });
}

/** Publishing sets published_at to now; withdrawing makes it a draft again. */
export async function setDevelopmentPublished(db: Db, actor: Actor, id: number, published: boolean, now: Date): Promise<void> {
  await changePledge(db, writer(actor, now), { developmentId: id }, async (change) => {
    const { development } = change;
    if ((development.published_at !== null) === published) return;
    if (published) requireSourceToPublish(development.sources);
    const publishedAt = published ? change.at : null;
    await change.changeDevelopment(id, { publishedAt });
    change.audit({
      action: published ? 'update.publish' : 'update.withdraw',
      entityType: 'update',
      entityId: id,
      summary: `Entwicklung „${development.title}“ ${published ? 'veröffentlicht' : 'zurückgezogen'}`,
      before: { published_at: development.published_at },
      after: { published_at: publishedAt },
    });
  });
}

/** Deleting asks first: the form's confirmation must be ticked. */
export async function deleteDraft(db: Db, actor: Actor, id: number, input: Record<string, unknown>, now: Date): Promise<string> {
  if (input.confirm !== '1') throw new ValidationError([fieldIssue('confirm', 'development.deleteConfirm')]);
  return changePledge(db, writer(actor, now), { developmentId: id }, async (change) => {
    const { development, pledge } = change;
    if (development.published_at !== null) throw new ForbiddenError(problem('forbidden.deletePublished'));
    await change.deleteDevelopment(id);
    change.audit({
      action: 'update.delete',
      entityType: 'update',
      entityId: id,
      summary: `Entwurf „${development.title}“ gelöscht`,
      before: describeDevelopment(development),
      after: null,
    });
    return pledge.slug;
  });
}
