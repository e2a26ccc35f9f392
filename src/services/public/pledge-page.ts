// Use case: everything public about one pledge — quote, facts, timeline, status history.
import { NotFoundError, problem } from '../../domain/errors.ts';
import { statusHistory, type StatusTransition } from '../../domain/status-history.ts';
import { renderMarkdown } from '../../formats/markdown-html.ts';
import { placeInChapter, type SourcePosition } from '../../formats/pdf/line-map.ts';
import { isArchived } from '../../store/agreements.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { toStatusEvent } from '../../store/pledge-state.ts';
import { findPublicPledge } from '../../store/pledges.ts';
import type { Chapter, Pledge } from '../../store/schema.ts';
import { listPublicDevelopmentsOfPledge, listPublicStatusEventsOfPledge } from '../../store/development-list.ts';
import type { DevelopmentWithSources } from '../../store/developments.ts';
import { findMinistryFoi, findTermById, topicsOfPledges, type MinistryFoi, type Term } from '../../store/vocabularies.ts';
import { scopeOfAgreement } from './agreement-choice.ts';
import type { AgreementScope } from './paths.ts';

export interface PledgePage {
  pledge: Pledge;
  chapter: Chapter;
  /** With the public body its freedom-of-information link addresses. */
  ministry: MinistryFoi | undefined;
  partner: Term | undefined;
  topics: Term[];
  /** Where the quote stands in the agreement's PDF (page, printed lines), when the chapter came from one. */
  quotePlace: SourcePosition | null;
  /** Published developments, newest first, with their text as safe HTML. */
  timeline: (DevelopmentWithSources & { bodyHtml: string })[];
  history: StatusTransition[];
  /** Its government is archived: no longer updated, no suggestions, nothing to follow. */
  archived: boolean;
  /** How its links to the agreement's topic, ministry and list pages name the agreement. */
  scope: AgreementScope;
}

export async function loadPledgePage(db: Db, slug: string): Promise<PledgePage> {
  const pledge = await findPublicPledge(db, slug);
  if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug }));
  const developments = await listPublicDevelopmentsOfPledge(db, pledge.id);
  const chapter = await findChapterById(db, pledge.chapter_id);
  return {
    pledge,
    chapter,
    quotePlace:
      pledge.quote_start === null || pledge.quote_end === null
        ? null
        : placeInChapter(chapter.line_map, chapter.body, pledge.quote_start, pledge.quote_end),
    ministry: await findMinistryFoi(db, pledge.lead_ministry_id),
    partner: await findTermById(db, 'organisations', pledge.partner_id),
    topics: (await topicsOfPledges(db, [pledge.id])).get(pledge.id) ?? [],
    timeline: developments
      .reverse()
      .map((development) => ({ ...development, bodyHtml: development.body ? renderMarkdown(development.body) : '' })),
    history: statusHistory((await listPublicStatusEventsOfPledge(db, pledge.id)).map(toStatusEvent)),
    archived: await isArchived(db, { agreementId: pledge.agreement_id }),
    scope: await scopeOfAgreement(db, pledge.agreement_id),
  };
}
