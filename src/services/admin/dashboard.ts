// Use case: the back office's start page — review progress per chapter, queues, own pledges.
import { can, type Actor } from '../../domain/roles.ts';
import { countCandidatesByChapter } from '../../store/candidates.ts';
import { listChapterHeadings } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { countUnpublishedPledges, listPledgesOfPartner } from '../../store/pledge-admin.ts';
import { countOpenSuggestions } from '../../store/suggestions.ts';
import { countDraftDevelopments } from '../../store/developments.ts';
import { chooseAgreement } from '../public/agreement-choice.ts';
import { countOpenProposals } from './evidence-review.ts';

export interface Dashboard {
  agreementTitle: string | null;
  chapters: { slug: string; heading: string; candidates: number; decided: number }[];
  openSuggestions: number;
  draftDevelopments: number;
  /** Vorhaben not public: accepted candidates waiting to be published, and those taken back. */
  unpublishedPledges: number;
  /** Proposals of evidence discovery this account may review. */
  openProposals: number;
  /** For experts: the pledges their organisation follows. */
  ownPledges: { slug: string; title: string }[];
  canEditContent: boolean;
}

export async function loadDashboard(db: Db, actor: Actor): Promise<Dashboard> {
  const ownPledges = actor.organisationId === null ? [] : await listPledgesOfPartner(db, actor.organisationId);
  const openProposals = await countOpenProposals(db, actor);
  const choice = await chooseAgreement(db);
  if (!choice || !can(actor, 'content.edit')) {
    return {
      agreementTitle: choice?.agreement.title ?? null,
      chapters: [],
      openSuggestions: 0,
      draftDevelopments: 0,
      unpublishedPledges: 0,
      openProposals,
      ownPledges,
      canEditContent: false,
    };
  }
  const counts = await countCandidatesByChapter(db, choice.agreement.id);
  const chapters = (await listChapterHeadings(db, choice.agreement.id)).map((chapter) => ({
    slug: chapter.slug,
    heading: chapter.heading,
    candidates: counts.get(chapter.id)?.total ?? 0,
    decided: counts.get(chapter.id)?.decided ?? 0,
  }));
  const [openSuggestions, draftDevelopments] = [await countOpenSuggestions(db), await countDraftDevelopments(db)];
  return {
    agreementTitle: choice.agreement.title,
    chapters,
    openSuggestions,
    draftDevelopments,
    unpublishedPledges: await countUnpublishedPledges(db),
    openProposals,
    ownPledges,
    canEditContent: true,
  };
}
