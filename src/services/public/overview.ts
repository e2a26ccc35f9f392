// Use case: the public overview — status counts, chapters, latest developments, term progress.
import { STATUSES, type Status } from '../../domain/status.ts';
import { termProgress, type TermProgress } from '../../domain/term.ts';
import { partiesOf } from '../../store/agreements.ts';
import { listChapterHeadings } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { countPledgesByChapterAndStatus } from '../../store/pledge-counts.ts';
import { listRecentDevelopments, type RecentDevelopment } from '../../store/development-list.ts';
import { chooseAgreement, type ScopedAgreement } from './agreement-choice.ts';

export type StatusCounts = Record<Status, number>;

export interface ChapterSummary {
  slug: string;
  number: string | null;
  title: string;
  reviewed: boolean;
  counts: StatusCounts;
  total: number;
}

export interface Overview {
  agreement: ScopedAgreement;
  parties: string[];
  otherAgreements: ScopedAgreement[];
  counts: StatusCounts;
  total: number;
  chapters: ChapterSummary[];
  recentDevelopments: RecentDevelopment[];
  term: TermProgress | null;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** The overview of the chosen agreement, or undefined while nothing has been imported. */
export async function loadOverview(db: Db, agreementSlug: string | undefined, today: Date): Promise<Overview | undefined> {
  const choice = await chooseAgreement(db, agreementSlug);
  if (!choice) return undefined;
  const { agreement } = choice;
  const headings = await listChapterHeadings(db, agreement.id);
  const rows = await countPledgesByChapterAndStatus(db, { agreementId: agreement.id });
  const counts = emptyCounts();
  const byChapter = new Map<number, StatusCounts>();
  for (const row of rows) {
    counts[row.status] += row.count;
    const chapterCounts = byChapter.get(row.chapterId) ?? emptyCounts();
    chapterCounts[row.status] += row.count;
    byChapter.set(row.chapterId, chapterCounts);
  }
  const chapters = headings.map((heading) => {
    const chapterCounts = byChapter.get(heading.id) ?? emptyCounts();
    return {
      slug: heading.slug,
      number: heading.number,
      title: heading.title,
      reviewed: heading.published === 1,
      counts: chapterCounts,
      total: sum(chapterCounts),
    };
  });
  const { term_start: start, term_end: end } = agreement.government;
  return {
    agreement,
    parties: partiesOf(agreement.government),
    otherAgreements: choice.others,
    counts,
    total: sum(counts),
    chapters,
    recentDevelopments: await listRecentDevelopments(db, { agreementId: agreement.id }, 10),
    term: start && end ? termProgress(start, end, today) : null,
  };
}

function sum(counts: StatusCounts): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}
