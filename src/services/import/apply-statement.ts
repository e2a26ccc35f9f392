// Turns one statement of a chapter file into a Vorhaben. A new statement creates it; an existing one
// changes it only where the file is newer than what the tracker knows (decision 48), and only in the
// fields the file changed since its last import. Anything else is reported, never applied.
import { slugify } from '../../domain/slug.ts';
import { isNewerThanTracker } from '../../domain/statement-date.ts';
import type { Status } from '../../domain/status.ts';
import type { OkfStatement } from '../../formats/okf.ts';
import type { Db } from '../../store/database.ts';
import { latestKnownChangeOf } from '../../store/pledge-state.ts';
import { findPledgeBySlug, findPledgeByStatementId, takenPledgeSlugs } from '../../store/pledges.ts';
import type { Pledge } from '../../store/schema.ts';
import { listPublishedSourcesOfPledge, type SourceFields } from '../../store/developments.ts';
import { findOrCreateTerm, findTermById, topicsOfPledges } from '../../store/vocabularies.ts';
import { changePledge, type PledgeChange, type PledgeFieldChanges } from '../pledge-change.ts';
import type { ImportContext } from './apply-chapter.ts';
import type { ChapterFile } from './chapter-files.ts';
import type { PledgeEntry } from './import-report.ts';
import { otherFieldDifferences, statementDifferences, type FieldDifference, type TrackedStatement } from './statement-diff.ts';

/** The statement as stored for comparison on the next import; `last_update` alone changes nothing. */
export type StatementSnapshot = Pick<
  OkfStatement,
  'summary' | 'status' | 'categories' | 'reports' | 'deadline' | 'leadMinistry' | 'rating' | 'successCriterion' | 'partner' | 'published'
>;

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

/** The snapshot field behind a key of the file; keys without one (the quote) always count as changed. */
const SNAPSHOT_FIELD: Record<string, keyof StatementSnapshot> = {
  summary: 'summary',
  status: 'status',
  categories: 'categories',
  deadline: 'deadline',
  lead_ministry: 'leadMinistry',
  rating: 'rating',
  success_criterion: 'successCriterion',
  partner: 'partner',
  published: 'published',
};

export interface StatementInput {
  file: ChapterFile;
  chapterId: number;
  statement: OkfStatement;
  /** The statement's id: as the file writes it, or derived from its summary. */
  statementId: string;
  /** Derived from the summary rather than given as id: it must not capture another chapter's Vorhaben. */
  derived: boolean;
}

/** One change to a Vorhaben (services/pledge-change.ts), marked as of the statement's last_update. */
export async function applyStatement(db: Db, context: ImportContext, given: StatementInput): Promise<void> {
  await changePledge(db, { run: context.run, day: given.statement.lastUpdate }, { chapterId: given.chapterId }, async (change) => {
    const input = given.derived ? { ...given, statementId: await derivedIdFor(db, context, given) } : given;
    const existing = await findPledgeByStatementId(db, context.agreementId, input.statementId);
    const entry = existing ? await developmentFromStatement(change, context, existing, input) : await createPledge(change, context, input);
    if (entry.outcome !== 'unchanged' || entry.kept.length > 0) context.report.pledgeEntries.push(entry);
  });
}

/** The first of id, id-2, … that is free in the agreement or already names a Vorhaben of this chapter. */
async function derivedIdFor(db: Db, context: ImportContext, input: StatementInput): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? input.statementId : `${input.statementId}-${n}`;
    const pledge = await findPledgeByStatementId(db, context.agreementId, id);
    if (!pledge || pledge.chapter_id === input.chapterId) return id;
  }
}

function entryOf(input: StatementInput, slug: string, outcome: PledgeEntry['outcome']): PledgeEntry {
  return { file: input.file.path, line: input.statement.line, id: input.statementId, slug, outcome, fields: [], kept: [] };
}

/** A new Vorhaben; changed_on is the statement's last_update (the change's day). */
async function createPledge(change: PledgeChange, context: ImportContext, input: StatementInput): Promise<PledgeEntry> {
  const { db } = change;
  const { statement } = input;
  const now = change.at;
  const anchor = statement.anchor;
  const slug = await freePledgeSlug(db, context, slugify(input.statementId) || slugify(statement.summary) || 'vorhaben');
  const pledgeId = await change.insertPledge({
    agreement_id: context.agreementId,
    chapter_id: input.chapterId,
    slug,
    statement_id: input.statementId,
    statement_source: JSON.stringify(statement.source),
    imported_statement: JSON.stringify(snapshotOf(statement)),
    title: statement.summary,
    quote: anchor ? input.file.chapter.body.slice(anchor.start, anchor.end) : null,
    quote_start: anchor?.start ?? null,
    quote_end: anchor?.end ?? null,
    ...(await attributeValues(db, statement)),
    created_at: now,
    updated_at: now,
  });
  await change.setTopics(pledgeId, statement.categories);
  const sources = statement.reports.map(sourceOf);
  const status = statement.status === 'not_started' ? null : statement.status;
  await recordDevelopment(change, context, pledgeId, input, { status, rating: statement.rating, sources });
  context.report.pledges.created++;
  return entryOf(input, slug, 'new');
}

/**
 * The id's slug when no Vorhaben has it; else, when another agreement's has it, the slug with this
 * agreement's slug appended (`glasfaser-bw-2021`); then -2, -3, …
 */
async function freePledgeSlug(db: Db, context: ImportContext, base: string): Promise<string> {
  const holder = await findPledgeBySlug(db, base);
  if (!holder) return base;
  const stem = holder.agreement_id === context.agreementId ? base : `${base}-${context.agreementSlug}`;
  for (let first = 1; ; first += 20) {
    const candidates = Array.from({ length: 20 }, (_, i) => (first + i === 1 ? stem : `${stem}-${first + i}`));
    const taken = await takenPledgeSlugs(db, candidates);
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return free;
  }
}

async function developmentFromStatement(
  change: PledgeChange,
  context: ImportContext,
  pledge: Pledge,
  input: StatementInput,
): Promise<PledgeEntry> {
  const { db } = change;
  const { statement } = input;
  const entry = entryOf(input, pledge.slug, 'unchanged');
  const previous = pledge.imported_statement ? (JSON.parse(pledge.imported_statement) as StatementSnapshot) : null;
  const tracked = await trackedStatement(db, pledge, previous);
  const differences = statementDifferences(statement, tracked);
  if (pledge.chapter_id !== input.chapterId) differences.push({ field: 'chapter', tracker: 'another chapter', file: input.file.fileName });

  const known = await latestKnownChangeOf(db, pledge);
  if (differences.length > 0 && !isNewerThanTracker(statement.lastUpdate, known)) {
    context.report.pledges.skipped++;
    return { ...entry, outcome: 'skipped', fields: differences, reason: skipReason(statement.lastUpdate, known) };
  }
  const changedInFile = (difference: FieldDifference) => {
    const field = SNAPSHOT_FIELD[difference.field];
    return !previous || !field || JSON.stringify(previous[field]) !== JSON.stringify(statement[field]);
  };
  const applied = differences.filter(changedInFile);
  const kept = differences.filter((difference) => !changedInFile(difference));
  const otherFields = otherFieldDifferences(statement, tracked);
  if (applied.length > 0) await applyDifferences(change, context, pledge, input, applied);
  await change.recordImportedStatement(pledge, {
    imported_statement: JSON.stringify(snapshotOf(statement)),
    statement_source: JSON.stringify(statement.source),
  });
  const changes = [...applied, ...otherFields];
  if (changes.length === 0) return { ...entry, kept };
  context.report.pledges.changed++;
  return { ...entry, outcome: 'changed', fields: changes, kept };
}

function skipReason(lastUpdate: string | null, known: string | null): string {
  const tracker = known ? `the tracker's latest change (${known})` : 'what the tracker knows';
  return lastUpdate === null
    ? `the statement has no last_update, so it is not newer than ${tracker}`
    : `its last_update ${lastUpdate} is not newer than ${tracker}`;
}

async function trackedStatement(db: Db, pledge: Pledge, previous: StatementSnapshot | null): Promise<TrackedStatement> {
  const topics = (await topicsOfPledges(db, [pledge.id])).get(pledge.id) ?? [];
  const sources = await listPublishedSourcesOfPledge(db, pledge.id);
  return {
    summary: pledge.title,
    status: pledge.status,
    rating: pledge.rating,
    categories: topics.map((topic) => topic.name),
    deadline: pledge.deadline,
    leadMinistry: (await findTermById(db, 'ministries', pledge.lead_ministry_id))?.name ?? null,
    successCriterion: pledge.success_criterion,
    partner: (await findTermById(db, 'organisations', pledge.partner_id))?.name ?? null,
    published: pledge.published === 1,
    knownUrls: new Set([...sources.map((source) => source.url), ...(previous?.reports ?? []).map((report) => report.url)]),
    anchor: pledge.quote_start !== null && pledge.quote_end !== null ? { start: pledge.quote_start, end: pledge.quote_end } : null,
    source: pledge.statement_source ? (JSON.parse(pledge.statement_source) as Record<string, unknown>) : null,
  };
}

/**
 * Writes the fields the file newly says; status, rating and reports become one dated development.
 * The statement is news, so the Vorhaben counts as changed on its last_update, written or not.
 */
async function applyDifferences(
  change: PledgeChange,
  context: ImportContext,
  pledge: Pledge,
  input: StatementInput,
  applied: FieldDifference[],
): Promise<void> {
  const { db } = change;
  const { statement } = input;
  const fields = new Set(applied.map((difference) => difference.field));
  const values = await attributeValues(db, statement);
  const changes: PledgeFieldChanges = {};
  if (fields.has('summary')) changes.title = statement.summary;
  if (fields.has('deadline')) changes.deadline = values.deadline;
  if (fields.has('success_criterion')) changes.success_criterion = values.success_criterion;
  if (fields.has('lead_ministry')) changes.lead_ministry_id = values.lead_ministry_id;
  if (fields.has('partner')) changes.partner_id = values.partner_id;
  if (fields.has('published')) changes.published = values.published;
  if (fields.has('chapter')) {
    Object.assign(changes, { chapter_id: input.chapterId, quote: null, quote_start: null, quote_end: null });
    context.report.warnings.push(`${input.file.path}: Vorhaben "${pledge.slug}" moved here from another chapter`);
  }
  const anchor = statement.anchor;
  if (anchor && (fields.has('quote') || fields.has('chapter'))) {
    Object.assign(changes, {
      quote: input.file.chapter.body.slice(anchor.start, anchor.end),
      quote_start: anchor.start,
      quote_end: anchor.end,
    });
  }
  if (fields.has('categories')) await change.setTopics(pledge.id, statement.categories);
  if (Object.keys(changes).length > 0) await change.updatePledge(pledge.id, { ...changes, updated_at: change.at });
  const known = new Set((await listPublishedSourcesOfPledge(db, pledge.id)).map((source) => source.url));
  await recordDevelopment(change, context, pledge.id, input, {
    status: fields.has('status') ? statement.status : null,
    rating: fields.has('rating') ? statement.rating : null,
    sources: fields.has('reports') ? statement.reports.filter((report) => !known.has(report.url)).map(sourceOf) : [],
  });
  change.markChanged(pledge.id);
}

async function attributeValues(db: Db, statement: OkfStatement) {
  return {
    deadline: statement.deadline,
    success_criterion: statement.successCriterion,
    lead_ministry_id: statement.leadMinistry ? await findOrCreateTerm(db, 'ministries', statement.leadMinistry) : null,
    partner_id: statement.partner ? await findOrCreateTerm(db, 'organisations', statement.partner) : null,
    published: statement.published ? 1 : 0,
  };
}

function sourceOf(report: OkfStatement['reports'][number]): SourceFields {
  return { url: report.url, title: report.title, publisher: report.publisher, publishedOn: report.date };
}

/**
 * Status, rating and reports are history: what the file newly says becomes one published
 * development, dated by `last_update`. Imports publish it without mail: a file is no news alert.
 */
async function recordDevelopment(
  change: PledgeChange,
  context: ImportContext,
  pledgeId: number,
  input: StatementInput,
  news: { status: Status | null; rating: number | null; sources: SourceFields[] },
): Promise<void> {
  if (news.status === null && news.rating === null && news.sources.length === 0) return;
  await change.insertDevelopment({
    pledgeId,
    eventDate: input.statement.lastUpdate ?? change.at.slice(0, 10),
    publishedAt: change.at,
    title: `Stand aus ${input.file.fileName} übernommen`,
    body: '',
    statusChange: news.status,
    ratingChange: news.rating,
    origin: 'import',
    sources: news.sources,
    // Without reports it only carries the file's status or rating: bookkeeping, no development to read.
    automatic: news.sources.length === 0,
  });
  context.report.developmentsCreated++;
}
