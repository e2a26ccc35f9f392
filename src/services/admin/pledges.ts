// Use cases: load a pledge for editing, save the edit form (with version check and audit), delete a draft.
import { mergeUnits, type MergeUnits } from '../../domain/edit-merge.ts';
import { fieldIssue, ForbiddenError, NotFoundError, ValidationError, problem } from '../../domain/errors.ts';
import { can, canWriteDevelopmentsOf, type Actor } from '../../domain/roles.ts';
import { isArchived } from '../../store/agreements.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import {
  countPledgeDependents,
  findPledgeById,
  findPledgeByOldSlug,
  findPledgeBySlug,
  listOldPledgeSlugs,
  takenPledgeSlugs,
} from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { listDevelopmentsOfPledge } from '../../store/developments.ts';
import { findOrCreateTerm, findTermById, listTerms, topicsOfPledges } from '../../store/vocabularies.ts';
import { changePledge } from '../pledge-change.ts';
import { validate } from '../validation.ts';
import { slugify, uniqueSlug } from '../../domain/slug.ts';
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

/** The slug a Vorhaben has now, when `slug` is one it had before (the back office's links follow it). */
export async function currentSlugOf(db: Db, slug: string): Promise<string | undefined> {
  return (await findPledgeByOldSlug(db, slug))?.slug;
}

export async function loadPledgeEditor(db: Db, actor: Actor, slug: string) {
  const pledge = (await findPledgeBySlug(db, slug)) ?? (await findPledgeByOldSlug(db, slug));
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
    /** Until its first publication the slug follows the title; afterwards editors may change it. */
    slugFollowsTitle: pledge.first_published_at === null,
    oldSlugs: await listOldPledgeSlugs(db, pledge.id),
    mayEdit,
    ministries: (await listTerms(db, 'ministries')).map((term) => term.name),
    organisations: (await listTerms(db, 'organisations')).map((term) => term.name),
    topics: (await listTerms(db, 'topics')).map((term) => term.name),
  };
}

/**
 * Saves the form and returns the Vorhaben's slug, new where it changed. A form loaded from an older
 * version is merged with the saved one and raises EditConflictError when somebody else changed its
 * fields meanwhile (see mergeOrConflict); an archived pledge raises ArchivedError; either writes nothing.
 */
export async function savePledge(db: Db, actor: Actor, slug: string, input: Record<string, unknown>, now: Date): Promise<string> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  const submitted = validate(pledgeFormSchema, input);
  return changePledge(db, { actor, needs: 'content.edit', at: now.toISOString() }, { slug, lock: true }, async (change) => {
    const { pledge, db: trx, at } = change;
    const before = await currentValues(trx, pledge);
    const merged = await mergeOrConflict(trx, {
      entity: 'Das Vorhaben',
      audit: { entityType: 'pledge', entityId: pledge.id },
      formVersion: submitted.version,
      version: pledge.version,
      mine: formAsValues(submitted, pledge.version),
      current: before,
      units: pledgeUnits(before),
      submission: editSubmissionOf(input),
    });
    const form = validate(pledgeFormSchema, pledgeFormInput(merged));
    const chapter = await findChapterById(trx, pledge.chapter_id);
    const anchor = checkAnchor(form, chapter.body);
    const newSlug = await slugAfterEdit(trx, pledge, form.title, submitted.slug);
    await change.updatePledge(pledge.id, {
      title: form.title,
      slug: newSlug,
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
      // The rating is history like the status: a dated, automatic entry that counts for the rating, mails nobody and is no development to read.
      await change.insertDevelopment(
        {
          pledgeId: pledge.id,
          eventDate: at.slice(0, 10),
          publishedAt: at,
          title: `Bewertung: ${form.rating} von 5`,
          body: '',
          statusChange: null,
          ratingChange: form.rating,
          origin: 'editor',
          authorId: actor.id,
          sources: [],
          automatic: true,
        },
        { news: false },
      );
    }
    const after = await currentValues(trx, (await findPledgeById(trx, pledge.id))!);
    const fields = changedFields({ slug: pledge.slug, ...before }, { slug: newSlug, ...after });
    const publication = before.published === after.published ? null : after.published ? 'publish' : 'unpublish';
    const summary =
      publication === 'publish'
        ? `Vorhaben „${form.title}“ veröffentlicht`
        : publication === 'unpublish'
          ? `Veröffentlichung von „${form.title}“ zurückgenommen`
          : `Vorhaben „${form.title}“ bearbeitet`;
    change.audit({ action: `pledge.${publication ?? 'update'}`, entityType: 'pledge', entityId: pledge.id, summary, ...fields });
    return newSlug;
  });
}

/**
 * Until its first publication a Vorhaben's slug is its title's (made unique); afterwards it changes
 * only when the form asks, to a slug no other Vorhaben has or had.
 */
async function slugAfterEdit(db: Db, pledge: Pledge, title: string, asked: string | undefined): Promise<string> {
  const own = new Set([pledge.slug, ...(await listOldPledgeSlugs(db, pledge.id))]);
  if (pledge.first_published_at === null) {
    if (title === pledge.title) return pledge.slug;
    const base = slugify(title) || pledge.slug;
    const tries = [base, ...Array.from({ length: 30 }, (_, i) => `${base}-${i + 2}`)];
    const taken = await takenPledgeSlugs(db, tries);
    return uniqueSlug(base, (candidate) => taken.has(candidate) && !own.has(candidate));
  }
  if (asked === undefined || asked === '' || asked === pledge.slug) return pledge.slug;
  if (!own.has(asked) && (await takenPledgeSlugs(db, [asked])).size > 0)
    throw new ValidationError([fieldIssue('slug', 'pledge.slugTaken', { slug: asked })]);
  return asked;
}

/**
 * Deletes an unpublished Vorhaben with its developments (drafts or once published), once the form
 * confirms it; refused while suggestions or evidence proposals refer to it, which are other people's
 * records. What its candidates decided goes back into the review queue. Audited with the Vorhaben's
 * fields as they were and the titles of the developments deleted with it.
 */
export async function deleteDraftPledge(db: Db, actor: Actor, slug: string, input: Record<string, unknown>, now: Date): Promise<void> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  if (input.confirm !== '1') throw new ValidationError([fieldIssue('confirm', 'pledge.deleteConfirm')]);
  await changePledge(db, { actor, needs: 'content.edit', at: now.toISOString() }, { slug, lock: true }, async (change) => {
    const { pledge, db: trx } = change;
    if (pledge.published === 1) throw new ValidationError([fieldIssue('confirm', 'pledge.deletePublished')]);
    const dependents = await countPledgeDependents(trx, pledge.id);
    if (dependents.suggestions > 0 || dependents.proposals > 0)
      throw new ValidationError([fieldIssue('confirm', 'pledge.deleteDependents', { ...dependents, developments: 0 })]);
    const before = await currentValues(trx, pledge);
    const developments = await listDevelopmentsOfPledge(trx, pledge.id);
    for (const development of developments) await change.deleteDevelopment(development.id);
    await change.deletePledge(pledge.id);
    change.audit({
      action: 'pledge.delete',
      entityType: 'pledge',
      entityId: pledge.id,
      summary: `Vorhaben „${pledge.title}“ gelöscht`,
      before: {
        slug: pledge.slug,
        ...before,
        ...(developments.length > 0 ? { developments: developments.map((development) => development.title) } : {}),
      },
      after: null,
    });
  });
}

function checkAnchor(form: PledgeForm, body: string) {
  const { quote_start: start, quote_end: end } = form;
  if (start === null && end === null) return { quote_start: null, quote_end: null, quote: null };
  if (start === null || end === null || start >= end || end > body.length) {
    throw new ValidationError([fieldIssue('quote_start', 'pledge.quoteRange', { length: body.length })]);
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
export function pledgeFormInput(values: PledgeFormValues): Record<string, string> {
  const { published, version, ...fields } = values;
  return { ...fields, version: String(version), ...(published ? { published: '1' } : {}) };
}

/** Only what changed, for the audit log. */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const keys = (Object.keys(after) as (keyof T)[]).filter(
    (key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])) as Partial<T>,
    after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<T>,
  };
}
