// Use case: all published pledges of an agreement, grouped by chapter.
import type { Status } from '../../domain/status.ts';
import type { Db } from '../../store/database.ts';
import { listPublishedPledges } from '../../store/pledge-list.ts';
import { chooseAgreement } from './agreement-choice.ts';

export interface PledgeListChapter {
  slug: string;
  heading: string;
  pledges: { slug: string; title: string; status: Status; lastEventDate: string | null }[];
}

export async function loadPledgeList(db: Db, agreementSlug?: string): Promise<{ total: number; chapters: PledgeListChapter[] }> {
  const choice = await chooseAgreement(db, agreementSlug);
  if (!choice) return { total: 0, chapters: [] };
  const rows = await listPublishedPledges(db, choice.agreement.id);
  const chapters: PledgeListChapter[] = [];
  for (const row of rows) {
    let chapter = chapters.at(-1);
    if (chapter?.slug !== row.chapter_slug) {
      chapter = { slug: row.chapter_slug, heading: row.chapter_heading, pledges: [] };
      chapters.push(chapter);
    }
    chapter.pledges.push({ slug: row.slug, title: row.title, status: row.status, lastEventDate: row.last_event_date });
  }
  return { total: rows.length, chapters };
}
