// Use case: the review queue of a chapter — its candidates in text order or by the extractor's score,
// each with context from the chapter text, what the extractor saw, its decision, and the progress of the review.
import { ForbiddenError, NotFoundError, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { uniqueSlug } from '../../domain/slug.ts';
import { citationOf, placeInChapter } from '../../formats/pdf/line-map.ts';
import { isArchived } from '../../store/agreements.ts';
import { findCandidateById, listCandidatesForReview, type CandidateForReview } from '../../store/candidates.ts';
import { findChapterById, findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { takenPledgeSlugs } from '../../store/pledges.ts';
import type { CandidateDecision, Chapter } from '../../store/schema.ts';
import { offersFor, type CandidateOffers } from './candidate-offers.ts';

export const QUEUE_PAGE_SIZE = 40;
/** How much of the chapter text to show around a candidate, at most, within its paragraph. */
const CONTEXT_CHARS = 160;
/** How many following open candidates a merge form offers. */
const MERGE_CHOICES = 5;

export interface ReviewItem {
  id: number;
  /** Position among the chapter's candidates, from 1. */
  number: number;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  score: number;
  kind: 'specific' | 'vague';
  cues: string[];
  title: string;
  /** Page and printed lines in the agreement's PDF ("S. 12, Z. 345–350"), when the chapter came from one. */
  place: string | null;
  /** The candidate's slug, or the first free variant of it when a pledge already has it. */
  slug: string;
  decision: CandidateDecision;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The Vorhaben it became; `draft` while unpublished, when the acceptance can still be taken back. */
  pledge: { slug: string; title: string; draft: boolean } | undefined;
  mergeChoices: { id: number; number: number; excerpt: string }[];
  /** What the extractor offers besides deciding: a merge with the candidate before, a split into parts. */
  offers: CandidateOffers;
}

/** The queue's order: the text's, or the extractor's score, highest first (ties in text order). */
export type QueueOrder = 'text' | 'score';

export interface ReviewQueue {
  chapter: { slug: string; heading: string; bodyLength: number };
  order: QueueOrder;
  progress: { reviewed: number; total: number };
  page: number;
  pageCount: number;
  items: ReviewItem[];
  /** The chapter's government is archived: the queue is shown, no longer decided. */
  archived: boolean;
  /** Decided earlier, but the extractor no longer finds their text in the chapter. */
  gone: { id: number; text: string; decision: CandidateDecision; pledge: { slug: string; title: string; draft: boolean } | undefined }[];
}

export function requireEditor(actor: Actor): void {
  if (!can(actor, 'content.edit')) throw new ForbiddenError(problem('forbidden.reviewCandidates'));
}

const present = (rows: CandidateForReview[]) => rows.filter((row) => row.present === 1);
export const pageOf = (index: number) => Math.floor(Math.max(0, index) / QUEUE_PAGE_SIZE) + 1;

/** The rows in the queue's order. */
function inOrder(rows: CandidateForReview[], order: QueueOrder): CandidateForReview[] {
  return order === 'text' ? rows : [...rows].sort((a, b) => b.score - a.score || a.start_offset - b.start_offset);
}

export async function loadReviewQueue(
  db: Db,
  actor: Actor,
  chapterSlug: string,
  page: number,
  order: QueueOrder = 'text',
): Promise<ReviewQueue> {
  requireEditor(actor);
  const chapter = await findChapterBySlug(db, chapterSlug);
  if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug: chapterSlug }));
  return queueOf(db, chapter, page, order);
}

/**
 * Where to go on after an action when the queue is ordered by score: `next`, the next open candidate
 * after the decided one in that order (wrapping round), else `target` itself; with its page.
 */
export async function continueByScore(
  db: Db,
  chapterSlug: string,
  decidedId: number,
  target: number | undefined,
  continueWith: 'next' | 'same',
): Promise<{ page: number; candidateId: number | undefined }> {
  const chapter = await findChapterBySlug(db, chapterSlug);
  if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug: chapterSlug }));
  const rows = inOrder(present(await listCandidatesForReview(db, chapter.id)), 'score');
  const index = continueFrom(
    rows,
    rows.findIndex((row) => row.id === (continueWith === 'next' ? decidedId : target)),
    continueWith,
  );
  return { page: pageOf(index), candidateId: rows[index]?.id ?? target };
}

/** The index to go on with from `index`: `next`, the next open row after it (wrapping round), else `index` itself. */
export function continueFrom(rows: readonly { decision: CandidateDecision }[], index: number, continueWith: 'next' | 'same'): number {
  if (continueWith === 'same') return index;
  const open = (k: number) => rows[k]?.decision === 'open';
  const after = rows.findIndex((_, k) => k > index && open(k));
  const target = after !== -1 ? after : rows.findIndex((_, k) => open(k));
  return target === -1 ? index : target;
}

/** The queue page that shows one candidate, e.g. to show a form again with its errors. */
export async function loadReviewQueueOfCandidate(
  db: Db,
  actor: Actor,
  candidateId: number,
  order: QueueOrder = 'text',
): Promise<ReviewQueue> {
  requireEditor(actor);
  const candidate = await findCandidateById(db, candidateId);
  if (!candidate) throw new NotFoundError(problem('notFound.candidate'));
  const chapter = await findChapterById(db, candidate.chapter_id);
  const rows = inOrder(present(await listCandidatesForReview(db, chapter.id)), order);
  return queueOf(db, chapter, pageOf(rows.findIndex((row) => row.id === candidateId)), order);
}

async function queueOf(db: Db, chapter: Chapter, requestedPage: number, order: QueueOrder): Promise<ReviewQueue> {
  const all = await listCandidatesForReview(db, chapter.id);
  const rows = present(all);
  const ordered = inOrder(rows, order);
  const pageCount = Math.max(1, Math.ceil(rows.length / QUEUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const first = (page - 1) * QUEUE_PAGE_SIZE;
  const shown = ordered.slice(first, first + QUEUE_PAGE_SIZE);
  const textIndex = new Map(rows.map((row, k) => [row.id, k]));
  const freeSlugs = await freeSlugsFor(
    db,
    shown.filter((row) => row.decision === 'open').map((row) => row.slug),
  );
  const offers = offersFor(chapter.body, rows);
  return {
    chapter: { slug: chapter.slug, heading: chapter.heading, bodyLength: chapter.body.length },
    progress: { reviewed: rows.filter((row) => row.decision !== 'open').length, total: rows.length },
    archived: await isArchived(db, { agreementId: chapter.agreement_id }),
    order,
    page,
    pageCount,
    items: shown.map((row) => ({
      id: row.id,
      number: textIndex.get(row.id)! + 1,
      start: row.start_offset,
      end: row.end_offset,
      text: row.text,
      ...contextOf(chapter.body, row.start_offset, row.end_offset),
      score: row.score,
      kind: row.kind,
      cues: parseCues(row.cues),
      title: row.title,
      place: placeOf(chapter, row.start_offset, row.end_offset),
      slug: freeSlugs.get(row.slug) ?? row.slug,
      decision: row.decision,
      decidedAt: row.decision === 'open' ? null : row.decided_at,
      decidedBy: row.decision === 'open' ? null : row.decided_by_email,
      pledge: pledgeOf(row),
      mergeChoices: row.decision === 'open' ? mergeChoicesAfter(rows, textIndex.get(row.id)!) : [],
      offers: offers.get(row.id) ?? {},
    })),
    gone: all
      .filter((row) => row.present !== 1)
      .map((row) => ({ id: row.id, text: row.text, decision: row.decision, pledge: pledgeOf(row) })),
  };
}

function placeOf(chapter: Chapter, start: number, end: number): string | null {
  const place = placeInChapter(chapter.line_map, chapter.body, start, end);
  return place ? citationOf(place) : null;
}

const pledgeOf = (row: CandidateForReview) =>
  row.pledge_slug && row.pledge_title ? { slug: row.pledge_slug, title: row.pledge_title, draft: row.pledge_published !== 1 } : undefined;

export function parseCues(json: string): string[] {
  try {
    const cues: unknown = JSON.parse(json);
    return Array.isArray(cues) ? cues.filter((cue): cue is string => typeof cue === 'string') : [];
  } catch {
    return [];
  }
}

/** The text around a span, within its paragraph, cut at word boundaries. */
export function contextOf(body: string, start: number, end: number): { before: string; after: string } {
  const blank = body.lastIndexOf('\n\n', start);
  const paragraphStart = blank === -1 ? 0 : blank + 2;
  const paragraphEnd = body.indexOf('\n\n', end);
  let before = body.slice(Math.max(paragraphStart, start - CONTEXT_CHARS), start);
  let after = body.slice(end, Math.min(paragraphEnd === -1 ? body.length : paragraphEnd, end + CONTEXT_CHARS));
  if (start - CONTEXT_CHARS > paragraphStart) before = `…${before.replace(/^\S*\s/, '')}`;
  if (paragraphEnd === -1 ? end + CONTEXT_CHARS < body.length : end + CONTEXT_CHARS < paragraphEnd)
    after = `${after.replace(/\s\S*$/, '')}…`;
  const squeeze = (text: string) => text.replace(/\s+/g, ' ');
  return { before: squeeze(before).trimStart(), after: squeeze(after).trimEnd() };
}

/** The open candidates right after one, up to the first decided one (a merge may not swallow a decision). */
function mergeChoicesAfter(rows: CandidateForReview[], index: number): ReviewItem['mergeChoices'] {
  const choices: ReviewItem['mergeChoices'] = [];
  for (let k = index + 1; k < rows.length && choices.length < MERGE_CHOICES; k++) {
    const row = rows[k]!;
    if (row.decision !== 'open') break;
    choices.push({
      id: row.id,
      number: k + 1,
      excerpt: row.text.length > 70 ? `${row.text.slice(0, 70).replace(/\s\S*$/, '')} …` : row.text,
    });
  }
  return choices;
}

/** For each base slug a pledge already uses, the first free `base-N`. */
async function freeSlugsFor(db: Db, bases: string[]): Promise<Map<string, string>> {
  const variants = bases.flatMap((base) => [base, ...Array.from({ length: 8 }, (_, n) => `${base}-${n + 2}`)]);
  const taken = await takenPledgeSlugs(db, [...new Set(variants)]);
  return new Map(bases.filter((base) => taken.has(base)).map((base) => [base, uniqueSlug(base, (slug) => taken.has(slug))]));
}
