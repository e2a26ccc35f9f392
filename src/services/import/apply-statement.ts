// Turns one statement of a chapter file into a pledge; the file wins only where it changed.
import { InputFileError } from '../../domain/errors.ts';
import type { Status } from '../../domain/status.ts';
import type { OkfStatement } from '../../formats/okf.ts';
import type { Db } from '../../store/database.ts';
import { refreshPledgeState } from '../../store/pledge-state.ts';
import { findPledgeBySlug, insertPledge, updatePledge } from '../../store/pledges.ts';
import type { Pledge, PledgeChanges } from '../../store/schema.ts';
import { insertUpdate, listPublishedSourcesOfPledge, type SourceFields } from '../../store/updates.ts';
import { findOrCreateTerm, setPledgeTopics, topicsOfPledges } from '../../store/vocabularies.ts';
import type { ImportContext } from './apply-chapter.ts';
import type { ChapterFile } from './chapter-files.ts';

/** The statement as stored for comparison on the next import; `last_update` alone changes nothing. */
export interface StatementSnapshot {
  summary: string;
  status: Status;
  categories: string[];
  reports: OkfStatement['reports'];
  deadline: string | null;
  leadMinistry: string | null;
  rating: number | null;
  successCriterion: string | null;
  partner: string | null;
  published: boolean;
}

export function snapshotOf(statement: OkfStatement): StatementSnapshot {
  return {
    summary: statement.summary,
    status: statement.status,
    categories: statement.categories,
    reports: statement.reports,
    deadline: statement.deadline,
    leadMinistry: statement.leadMinistry,
    rating: statement.rating,
    successCriterion: statement.successCriterion,
    partner: statement.partner,
    published: statement.published,
  };
}

export interface StatementInput {
  file: ChapterFile;
  chapterId: number;
  statement: OkfStatement;
  slug: string;
  /** Derived from the summary rather than given as id: it must not capture another chapter's pledge. */
  derived: boolean;
}

export async function applyStatement(db: Db, context: ImportContext, given: StatementInput): Promise<void> {
  const input = given.derived ? { ...given, slug: await derivedSlugFor(db, given) } : given;
  const existing = await findPledgeBySlug(db, input.slug);
  if (existing && existing.agreement_id !== context.agreementId) {
    throw new InputFileError(input.file.path, `id "${input.slug}" already belongs to a Vorhaben of another agreement`, input.statement.line, 'id');
  }
  const snapshot = snapshotOf(input.statement);
  const previous = existing?.imported_statement ? (JSON.parse(existing.imported_statement) as StatementSnapshot) : null;
  const serialised = JSON.stringify(snapshot);
  if (existing && existing.imported_statement === serialised) {
    await applyAnchor(db, context, existing, input);
    return;
  }
  if (!existing) {
    const pledgeId = await createPledge(db, context, input, snapshot);
    await updatePledge(db, pledgeId, { imported_statement: serialised });
    await recordTrackingChanges(db, context, pledgeId, input, null, snapshot);
    return;
  }
  const changedPledge = await changePledge(db, context, existing, input, previous, snapshot);
  const recordedUpdate = await recordTrackingChanges(db, context, existing.id, input, previous, snapshot);
  // Only news is remembered: a file saying what the tracker already knows leaves no trace.
  if (changedPledge || recordedUpdate) await updatePledge(db, existing.id, { imported_statement: serialised });
}

/** The first of slug, slug-2, … that is free or already names a pledge of this chapter. */
async function derivedSlugFor(db: Db, input: StatementInput): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? input.slug : `${input.slug}-${n}`;
    const pledge = await findPledgeBySlug(db, slug);
    if (!pledge || pledge.chapter_id === input.chapterId) return slug;
  }
}

async function createPledge(db: Db, context: ImportContext, input: StatementInput, snapshot: StatementSnapshot): Promise<number> {
  const now = context.now.toISOString();
  const anchor = input.statement.anchor;
  const pledgeId = await insertPledge(db, {
    agreement_id: context.agreementId,
    chapter_id: input.chapterId,
    slug: input.slug,
    title: snapshot.summary,
    quote: anchor ? input.file.chapter.body.slice(anchor.start, anchor.end) : null,
    quote_start: anchor?.start ?? null,
    quote_end: anchor?.end ?? null,
    ...(await attributeValues(db, snapshot)),
    created_at: now,
    updated_at: now,
  });
  await setPledgeTopics(db, pledgeId, await topicIds(db, snapshot.categories));
  context.report.pledges.created++;
  return pledgeId;
}

async function changePledge(
  db: Db,
  context: ImportContext,
  pledge: Pledge,
  input: StatementInput,
  previous: StatementSnapshot | null,
  snapshot: StatementSnapshot,
): Promise<boolean> {
  const changedInFile = <K extends keyof StatementSnapshot>(key: K) =>
    JSON.stringify(previous?.[key]) !== JSON.stringify(snapshot[key]);
  const values = await attributeValues(db, snapshot);
  const changes: PledgeChanges = {};
  if (changedInFile('summary') && pledge.title !== snapshot.summary) changes.title = snapshot.summary;
  if (changedInFile('deadline') && pledge.deadline !== values.deadline) changes.deadline = values.deadline;
  if (changedInFile('successCriterion') && pledge.success_criterion !== values.success_criterion) changes.success_criterion = values.success_criterion;
  if (changedInFile('leadMinistry') && pledge.lead_ministry_id !== values.lead_ministry_id) changes.lead_ministry_id = values.lead_ministry_id;
  if (changedInFile('partner') && pledge.partner_id !== values.partner_id) changes.partner_id = values.partner_id;
  if (changedInFile('published') && pledge.published !== values.published) changes.published = values.published;
  if (pledge.chapter_id !== input.chapterId) {
    Object.assign(changes, { chapter_id: input.chapterId, quote_start: null, quote_end: null });
    context.report.warnings.push(`${input.file.path}: Vorhaben "${pledge.slug}" moved here from another chapter`);
  }
  let changed = false;
  if (changedInFile('categories')) {
    const wanted = await topicIds(db, snapshot.categories);
    const current = ((await topicsOfPledges(db, [pledge.id])).get(pledge.id) ?? []).map((topic) => topic.id);
    if (JSON.stringify([...wanted].sort()) !== JSON.stringify([...current].sort())) {
      await setPledgeTopics(db, pledge.id, wanted);
      changed = true;
    }
  }
  if (Object.keys(changes).length > 0) {
    await updatePledge(db, pledge.id, { ...changes, updated_at: context.now.toISOString() });
    changed = true;
  }
  if (changed) context.report.pledges.changed++;
  await applyAnchor(db, context, { ...pledge, ...changes } as Pledge, input);
  return changed;
}

async function attributeValues(db: Db, snapshot: StatementSnapshot) {
  return {
    deadline: snapshot.deadline,
    success_criterion: snapshot.successCriterion,
    lead_ministry_id: snapshot.leadMinistry ? await findOrCreateTerm(db, 'ministries', snapshot.leadMinistry) : null,
    partner_id: snapshot.partner ? await findOrCreateTerm(db, 'organisations', snapshot.partner) : null,
    published: snapshot.published ? 1 : 0,
  };
}

async function topicIds(db: Db, categories: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of categories) ids.push(await findOrCreateTerm(db, 'topics', name));
  return ids;
}

/** A marker in the file sets the anchor; without one the tracker's anchor stays. */
async function applyAnchor(db: Db, context: ImportContext, pledge: Pledge, input: StatementInput): Promise<void> {
  const anchor = input.statement.anchor;
  if (!anchor) return;
  const quote = input.file.chapter.body.slice(anchor.start, anchor.end);
  if (pledge.quote_start === anchor.start && pledge.quote_end === anchor.end && pledge.quote === quote) return;
  await updatePledge(db, pledge.id, { quote, quote_start: anchor.start, quote_end: anchor.end, updated_at: context.now.toISOString() });
  context.report.pledges.changed++;
}

/**
 * Status, rating and reports are history: what the file newly says (compared with the last
 * import of it) becomes one published update, dated by `last_update`.
 */
async function recordTrackingChanges(
  db: Db,
  context: ImportContext,
  pledgeId: number,
  input: StatementInput,
  previous: StatementSnapshot | null,
  snapshot: StatementSnapshot,
): Promise<boolean> {
  const pledge = (await findPledgeBySlug(db, input.slug))!;
  const statusChange = snapshot.status !== (previous?.status ?? pledge.status) && snapshot.status !== pledge.status ? snapshot.status : null;
  const ratingChange = snapshot.rating !== null && snapshot.rating !== (previous?.rating ?? pledge.rating) && snapshot.rating !== pledge.rating ? snapshot.rating : null;
  const knownUrls = new Set([
    ...(previous?.reports ?? []).map((report) => report.url),
    ...(await listPublishedSourcesOfPledge(db, pledgeId)).map((source) => source.url),
  ]);
  const sources: SourceFields[] = snapshot.reports
    .filter((report) => !knownUrls.has(report.url))
    .map((report) => ({ url: report.url, title: report.title, publisher: report.publisher, publishedOn: report.date }));
  if (statusChange === null && ratingChange === null && sources.length === 0) return false;

  const now = context.now.toISOString();
  await insertUpdate(
    db,
    {
      pledgeId,
      eventDate: input.statement.lastUpdate ?? now.slice(0, 10),
      publishedAt: now,
      title: `Stand aus ${input.file.fileName} übernommen`,
      body: '',
      statusChange,
      ratingChange,
      origin: 'import',
      sources,
    },
    now,
  );
  await refreshPledgeState(db, pledgeId);
  context.report.updatesCreated++;
  return true;
}
