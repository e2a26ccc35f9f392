// Use cases: load a pledge for editing, save the edit form (with version check and audit), delete a draft.
import { mergeUnits, type MergeUnits } from '../../domain/edit-merge.ts';
import { fieldIssue, ForbiddenError, NotFoundError, ValidationError, problem } from '../../domain/errors.ts';
import { can, canWriteDevelopmentsOf, type Actor } from '../../domain/roles.ts';
import { isArchived } from '../../store/agreements.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { countPledgeDependents, findPledgeBySlug } from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { listDevelopmentsOfPledge } from '../../store/developments.ts';
import { findOrCreateTerm, findTermById, listTerms, topicsOfPledges } from '../../store/vocabularies.ts';
import { changePledge } from '../pledge-change.ts';
import { validate } from '../validation.ts';
import { editSubmissionOf, mergeOrConflict } from './edit-merge.ts';
import { pledgeFormSchema, type PledgeForm } from './pledge-schema.ts';

/** The pledge's editable fields as the form shows them. */
export type PledgeFormValues = {
  version: number;
  title: string;
  quote_start: string;
  quote_end: string;
  success_criterion: string;
  deadline: string;
  lead_ministry: string;
  partner: string;
  topics: string;
  rating: string;
  published: boolean;
};

async function currentValues(db: Db, pledge: Pledge): Promise<PledgeFormValues> {
  const topics = (await topicsOfPledges(db, [pledge.id])).get(pledge.id) ?? [];
  return {
    version: pledge.version,
    title: pledge.title,
    quote_start: pledge.quote_start?.toString() ?? '',
    quote_end: pledge.quote_end?.toString() ?? '',
    success_criterion: pledge.success_criterion ?? '',
    deadline: pledge.deadline ?? '',
    lead_ministry: (await findTermById(db, 'ministries', pledge.lead_ministry_id))?.name ?? '',
    partner: (await findTermById(db, 'organisations', pledge.partner_id))?.name ?? '',
    topics: topics.map((topic) => topic.name).join(', '),
    rating: pledge.rating?.toString() ?? '',
    published: pledge.published === 1,
  };
}

export async function loadPledgeEditor(db: Db, actor: Actor, slug: string) {
  const pledge = await findPledgeBySlug(db, slug);
  if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug }));
  const mayEdit = can(actor, 'content.edit');
  if (!mayEdit && !canWriteDevelopmentsOf(actor, { partnerId: pledge.partner_id })) throw new ForbiddenError();
  const chapter = await findChapterById(db, pledge.chapter_id);
  return {
    pledge,
    chapter: { slug: chapter.slug, heading: chapter.heading, length: chapter.body.length },
    values: await currentValues(db, pledge),
    developments: (await listDevelopmentsOfPledge(db, pledge.id)).reverse(),
    /** An archived government's pledge is shown, not offered for editing. */
    archived: await isArchived(db, { agreementId: pledge.agreement_id }),
    mayEdit,
    ministries: (await listTerms(db, 'ministries')).map((term) => term.name),
    organisations: (await listTerms(db, 'organisations')).map((term) => term.name),
  };
}

/**
 * Saves the form. A form loaded from an older version is merged with the saved one and raises
 * EditConflictError when somebody else changed its fields meanwhile (see mergeOrConflict); an
 * archived pledge raises ArchivedError; either writes nothing.
 */
export async function savePledge(db: Db, actor: Actor, slug: string, input: Record<string, unknown>, now: Date): Promise<void> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  const submitted = validate(pledgeFormSchema, input);
  await changePledge(db, { actor, needs: 'content.edit', at: now.toISOString() }, { slug, lock: true }, async (change) => {
    const { pledge, db: trx, at } = change;
    const before = await currentValues(trx, pledge);
    const merged = await mergeOrConflict(trx, {
      entity: 'Das Vorhaben', audit: { entityType: 'pledge', entityId: pledge.id }, formVersion: submitted.version, version: pledge.version,
      mine: formAsValues(submitted, pledge.version), current: before, units: pledgeUnits(before), submission: editSubmissionOf(input),
    });
    const form = validate(pledgeFormSchema, formInput(merged));
    const chapter = await findChapterById(trx, pledge.chapter_id);
    const anchor = checkAnchor(form, chapter.body);
    await change.updatePledge(pledge.id, {
      title: form.title,
      ...anchor,
      success_criterion: form.success_criterion,
      deadline: form.deadline,
      lead_ministry_id: form.lead_ministry ? await findOrCreateTerm(trx, 'ministries', form.lead_ministry) : null,
      partner_id: form.partner ? await findOrCreateTerm(trx, 'organisations', form.partner) : null,
      published: form.published ? 1 : 0,
      updated_at: at,
    });
    await change.setTopics(pledge.id, form.topics);
    if (form.rating !== null && form.rating !== pledge.rating) {
      // The rating is history like the status: a change is a published, dated development, which mails nobody.
      await change.insertDevelopment({
        pledgeId: pledge.id, eventDate: at.slice(0, 10), publishedAt: at, title: `Bewertung: ${form.rating} von 5`, body: '',
        statusChange: null, ratingChange: form.rating, origin: 'editor', authorId: actor.id, sources: [],
      }, { news: false });
    }
    const after = await currentValues(trx, (await findPledgeBySlug(trx, slug))!);
    change.audit({ action: 'pledge.update', entityType: 'pledge', entityId: pledge.id, summary: `Vorhaben „${form.title}“ bearbeitet`, ...changedFields(before, after) });
  });
}

/**
 * Deletes an unpublished Vorhaben nothing refers to, once the form confirms it; what its candidates
 * decided goes back into the review queue. Audited with the Vorhaben's fields as they were.
 */
export async function deleteDraftPledge(db: Db, actor: Actor, slug: string, input: Record<string, unknown>, now: Date): Promise<void> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  if (input.confirm !== '1') throw new ValidationError([fieldIssue('confirm', 'pledge.deleteConfirm')]);
  await changePledge(db, { actor, needs: 'content.edit', at: now.toISOString() }, { slug, lock: true }, async (change) => {
    const { pledge, db: trx } = change;
    if (pledge.published === 1) throw new ValidationError([fieldIssue('confirm', 'pledge.deletePublished')]);
    const dependents = await countPledgeDependents(trx, pledge.id);
    if (Object.values(dependents).some((n) => n > 0)) throw new ValidationError([fieldIssue('confirm', 'pledge.deleteDependents', dependents)]);
    const before = await currentValues(trx, pledge);
    await change.deletePledge(pledge.id);
    change.audit({ action: 'pledge.delete', entityType: 'pledge', entityId: pledge.id, summary: `Vorhaben „${pledge.title}“ gelöscht`, before: { slug: pledge.slug, ...before }, after: null });
  });
}

function checkAnchor(form: PledgeForm, body: string) {
  const { quote_start: start, quote_end: end } = form;
  if (start === null && end === null) return { quote_start: null, quote_end: null, quote: null };
  if (start === null || end === null || start >= end || end > body.length) {
    throw new ValidationError([{ field: 'quote_start', message: `Anfang und Ende der Textstelle: 0 ≤ Anfang < Ende ≤ ${body.length}` }]);
  }
  return { quote_start: start, quote_end: end, quote: body.slice(start, end) };
}

function formAsValues(form: PledgeForm, version: number): PledgeFormValues {
  return {
    version,
    title: form.title,
    quote_start: form.quote_start?.toString() ?? '',
    quote_end: form.quote_end?.toString() ?? '',
    success_criterion: form.success_criterion ?? '',
    deadline: form.deadline ?? '',
    lead_ministry: form.lead_ministry ?? '',
    partner: form.partner ?? '',
    topics: form.topics.join(', '),
    rating: form.rating?.toString() ?? '',
    published: form.published,
  };
}

/** The form's fields merged one by one, except the quote's start and end, which go together. */
export function pledgeUnits(values: PledgeFormValues): MergeUnits<PledgeFormValues> {
  return mergeUnits(values, { quote: ['quote_start', 'quote_end'] }, ['version']);
}

/** Values as the form submits them, for validating merged values like a submission. */
function formInput(values: PledgeFormValues): Record<string, string> {
  const { published, version, ...fields } = values;
  return { ...fields, version: String(version), ...(published ? { published: '1' } : {}) };
}

/** Only what changed, for the audit log. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const keys = (Object.keys(after) as (keyof T)[]).filter((key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])) as Partial<T>,
    after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<T>,
  };
}
