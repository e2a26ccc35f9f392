// Use case: the back office's list of pledges with search and filters; experts see their own.
import { z } from 'zod';
import { can, type Actor } from '../../domain/roles.ts';
import { isStatus, type Status } from '../../domain/status.ts';
import { listChapterHeadings } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPledgesForAdmin } from '../../store/pledge-admin.ts';
import { chooseAgreement } from '../public/agreement-choice.ts';

export const PAGE_SIZE = 100;

const filterSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  kapitel: z.string().trim().max(200).catch(''),
  status: z.string().catch('').transform((value) => (isStatus(value) ? value : '')),
  entwuerfe: z.string().catch('').transform((value) => value === '1'),
  seite: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PledgeListFilter = { q: string; kapitel: string; status: Status | ''; entwuerfe: boolean; seite: number };

export async function loadPledgeAdminList(db: Db, actor: Actor, query: Record<string, string | undefined>) {
  const filter: PledgeListFilter = filterSchema.parse({ q: '', kapitel: '', status: '', entwuerfe: '', seite: 1, ...query });
  const choice = await chooseAgreement(db);
  const chapters = choice ? await listChapterHeadings(db, choice.agreement.id) : [];
  const chapterId = chapters.find((chapter) => chapter.slug === filter.kapitel)?.id;
  const ownOnly = !can(actor, 'content.edit');
  const rows = ownOnly && actor.organisationId === null
    ? []
    : await listPledgesForAdmin(db, {
        query: filter.q || undefined,
        chapterId,
        status: filter.status || undefined,
        withDrafts: filter.entwuerfe,
        partnerId: ownOnly ? actor.organisationId! : undefined,
        limit: PAGE_SIZE + 1,
        offset: (filter.seite - 1) * PAGE_SIZE,
      });
  return {
    filter,
    chapters: chapters.map((chapter) => ({ slug: chapter.slug, heading: chapter.heading })),
    pledges: rows.slice(0, PAGE_SIZE),
    hasMore: rows.length > PAGE_SIZE,
    ownOnly,
  };
}
