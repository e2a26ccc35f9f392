// Use case: a chapter's text with its published pledges highlighted, and their table; for editors
// also the extractor's open candidates, marked in a style of their own.
import { NotFoundError, problem } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { chapterOutline, renderChapterBody, type Highlight } from '../../formats/markdown-html.ts';
import { isArchived } from '../../store/agreements.ts';
import { listOpenCandidateSpans } from '../../store/candidates.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPublicPledgesInTextOrder } from '../../store/pledges.ts';
import type { Status } from '../../domain/status.ts';
import type { Chapter, Pledge } from '../../store/schema.ts';
import { latestDevelopmentOfPledges } from '../../store/development-list.ts';
import { scopeOfAgreement } from './agreement-choice.ts';
import { quoteAnchorId, type AgreementScope } from './paths.ts';

export interface ChapterPage {
  chapter: Chapter;
  /** The body as safe HTML, quotes marked and linked. */
  bodyHtml: string;
  outline: { id: string; text: string }[];
  pledges: (Pledge & { latestDevelopment: { eventDate: string; title: string } | undefined })[];
  /** Only for a viewer who may edit content: the text with the open candidates marked too. */
  review: ChapterReview | undefined;
  /** Its government is archived: no longer updated, nothing to follow. */
  archived: boolean;
  /** How its links to the agreement's other pages name the agreement. */
  scope: AgreementScope;
}

export interface ChapterReview {
  /** The body with the open candidates marked as well, each linked to its place in the review queue. */
  bodyHtml: string;
  openCandidates: number;
  queuePath: string;
}

export function reviewQueuePath(chapterSlug: string): string {
  return `/admin/kapitel/${encodeURIComponent(chapterSlug)}/vorschlaege`;
}

export function candidateAnchorId(candidateId: number): string {
  return `vorschlag-${candidateId}`;
}

/**
 * What a screen reader hears before a highlighted quote, in the reader's language (`lang`, when it is not the
 * text's German): that it is a Vorhaben and its status, which sighted readers see in the mark's colour and icon.
 */
export interface QuoteLabel {
  text: (status: Status) => string;
  lang?: string;
}

export async function loadChapterPage(db: Db, slug: string, viewer?: Actor, quoteLabel?: QuoteLabel): Promise<ChapterPage> {
  const chapter = await findChapterBySlug(db, slug);
  if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug }));
  const pledges = await listPublicPledgesInTextOrder(db, chapter.id);
  const latest = await latestDevelopmentOfPledges(
    db,
    pledges.map((pledge) => pledge.id),
  );
  const quotes = pledges.flatMap((pledge): Highlight[] =>
    pledge.quote_start !== null && pledge.quote_end !== null
      ? [
          {
            start: pledge.quote_start,
            end: pledge.quote_end,
            href: `/vorhaben/${pledge.slug}`,
            id: quoteAnchorId(pledge.slug),
            status: pledge.status,
            ...(quoteLabel ? { label: quoteLabel.text(pledge.status), labelLang: quoteLabel.lang } : {}),
          },
        ]
      : [],
  );
  return {
    chapter,
    bodyHtml: renderChapterBody(chapter.body, quotes),
    outline: chapterOutline(chapter.body),
    pledges: pledges.map((pledge) => ({ ...pledge, latestDevelopment: latest.get(pledge.id) })),
    review: viewer && can(viewer, 'content.edit') ? await chapterReview(db, chapter, quotes) : undefined,
    archived: await isArchived(db, { agreementId: chapter.agreement_id }),
    scope: await scopeOfAgreement(db, chapter.agreement_id),
  };
}

/** The chapter as editors see it; anonymous readers pay nothing for it. */
async function chapterReview(db: Db, chapter: Chapter, quotes: Highlight[]): Promise<ChapterReview> {
  const queuePath = reviewQueuePath(chapter.slug);
  const candidates = (await listOpenCandidateSpans(db, chapter.id)).map((candidate): Highlight => ({
    start: candidate.start_offset,
    end: candidate.end_offset,
    href: `${queuePath}#${candidateAnchorId(candidate.id)}`,
    id: candidateAnchorId(candidate.id),
    kind: 'candidate',
    label: 'Offener Vorschlag: ',
  }));
  return { bodyHtml: renderChapterBody(chapter.body, [...quotes, ...candidates]), openCandidates: candidates.length, queuePath };
}
