// Use case: what the share picture of a pledge (or of the whole tracker) shows.
import { NotFoundError, problem } from '../../domain/errors.ts';
import type { Status } from '../../domain/status.ts';
import { findChapterById } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { findPublicPledge } from '../../store/pledges.ts';
import { chooseAgreement } from './agreement-choice.ts';

export interface PledgeCard {
  title: string;
  status: Status;
  chapter: string;
}

export async function loadPledgeCard(db: Db, slug: string): Promise<PledgeCard> {
  const pledge = await findPublicPledge(db, slug);
  if (!pledge) throw new NotFoundError(problem('notFound.pledge', { slug }));
  const chapter = await findChapterById(db, pledge.chapter_id);
  return { title: pledge.title, status: pledge.status, chapter: chapter.heading };
}

export async function loadSiteCard(db: Db): Promise<{ title: string; government: string }> {
  const choice = await chooseAgreement(db);
  return { title: choice?.agreement.title ?? 'Koalitionstracker', government: choice?.agreement.government.name ?? '' };
}
