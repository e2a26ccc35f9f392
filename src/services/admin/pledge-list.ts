// Use case: the back office's list of pledges with search and filters; experts see their own.
import { can, type Actor } from '../../domain/roles.ts';
import type { Status } from '../../domain/status.ts';
import { listChapterHeadings } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPledgesForAdmin } from '../../store/pledge-admin.ts';
import { chooseAgreement } from '../public/agreement-choice.ts';

export const PAGE_SIZE = 100;

/** What the list shows: a title search, a chapter by slug, a status ('' for any), only those with drafts, only unpublished ones, a page from 1. */
export interface PledgeListFilter {
  text: string;
  chapter: string;
  status: Status | '';
  withDrafts: boolean;
  unpublished: boolean;
  page: number;
}

export async function loadPledgeAdminList(db: Db, actor: Actor, filter: PledgeListFilter) {
  const choice = await chooseAgreement(db);
  const chapters = choice ? await listChapterHeadings(db, choice.agreement.id) : [];
  const chapterId = chapters.find((chapter) => chapter.slug === filter.chapter)?.id;
  const ownOnly = !can(actor, 'content.edit');
  const rows =
    ownOnly && actor.organisationId === null
      ? []
      : await listPledgesForAdmin(db, {
          query: filter.text || undefined,
          chapterId,
          status: filter.status || undefined,
          withDrafts: filter.withDrafts,
          unpublished: filter.unpublished,
          partnerId: ownOnly ? actor.organisationId! : undefined,
          limit: PAGE_SIZE + 1,
          offset: (filter.page - 1) * PAGE_SIZE,
        });
  return {
    filter,
    chapters: chapters.map((chapter) => ({ slug: chapter.slug, heading: chapter.heading })),
    pledges: rows.slice(0, PAGE_SIZE),
    hasMore: rows.length > PAGE_SIZE,
    ownOnly,
  };
}
