// Use case: the statistics of an agreement — status by chapter and lead ministry, and status shares month by month.
import { DEFAULT_STATUS, type Status } from '../../domain/status.ts';
import { compareByEffect } from '../../domain/status-history.ts';
import { listChapterHeadings } from '../../store/chapters.ts';
import { isoDate } from '../../store/clock.ts';
import type { Db } from '../../store/database.ts';
import { countPledgesByGroupAndStatus, type GroupStatusCount } from '../../store/pledge-counts.ts';
import { listStatusChanges, type StatusChange } from '../../store/development-list.ts';
import { chooseAgreement, type ScopedAgreement } from './agreement-choice.ts';
import { emptyCounts, type StatusCounts } from './overview.ts';

export interface StatusGroup {
  /** Chapter or ministry slug; '' for pledges without a lead ministry. */
  slug: string;
  label: string;
  counts: StatusCounts;
  total: number;
}

export interface MonthCounts {
  /** YYYY-MM */
  month: string;
  /** The day the month is counted at: its last day, or today in the current month. */
  date: string;
  counts: StatusCounts;
  total: number;
}

export interface Statistics {
  agreement: ScopedAgreement;
  today: string;
  overall: { counts: StatusCounts; total: number };
  byChapter: StatusGroup[];
  byMinistry: StatusGroup[];
  /** From the month the term began to this month; empty before the term begins. */
  progress: MonthCounts[];
}

/** The statistics of the chosen agreement, or undefined while nothing has been imported. */
export async function loadStatistics(db: Db, agreementSlug: string | undefined, now: Date): Promise<Statistics | undefined> {
  const choice = await chooseAgreement(db, agreementSlug);
  if (!choice) return undefined;
  const { agreement } = choice;
  const today = isoDate(now);
  const rows = await countPledgesByGroupAndStatus(db, { agreementId: agreement.id });
  const chapters = await listChapterHeadings(db, agreement.id);
  const changes = await listStatusChanges(db, { agreementId: agreement.id });
  const overall = countsOf(rows);
  const start = agreement.government.term_start ?? changes[0]?.date;
  const end = minDate(today, agreement.government.term_end ?? today);
  return {
    agreement,
    today,
    overall,
    byChapter: groupByChapter(
      rows,
      chapters.map((chapter) => ({ id: chapter.id, slug: chapter.slug, label: chapter.heading })),
    ),
    byMinistry: groupByMinistry(rows),
    progress: start ? statusCountsByMonth(overall.total, changes, monthSamples(start, end)) : [],
  };
}

function countsOf(rows: readonly GroupStatusCount[]): { counts: StatusCounts; total: number } {
  const counts = emptyCounts();
  for (const row of rows) counts[row.status] += row.count;
  return { counts, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

/** One group per chapter that has published pledges, in chapter order. */
export function groupByChapter(
  rows: readonly GroupStatusCount[],
  chapters: readonly { id: number; slug: string; label: string }[],
): StatusGroup[] {
  return chapters
    .map((chapter) => ({ slug: chapter.slug, label: chapter.label, ...countsOf(rows.filter((row) => row.chapterId === chapter.id)) }))
    .filter((group) => group.total > 0);
}

/** One group per lead ministry, most pledges first; pledges without one form the last group, with slug ''. */
export function groupByMinistry(rows: readonly GroupStatusCount[]): StatusGroup[] {
  const names = new Map<string, string>();
  for (const row of rows) names.set(row.ministry?.slug ?? '', row.ministry?.name ?? '');
  return [...names]
    .map(([slug, label]) => ({ slug, label, ...countsOf(rows.filter((row) => (row.ministry?.slug ?? '') === slug)) }))
    .sort((a, b) => Number(a.slug === '') - Number(b.slug === '') || b.total - a.total || a.label.localeCompare(b.label, 'de'));
}

/** The months from `start` to `end` (YYYY-MM-DD), each counted at its last day or at `end`, whichever is earlier. */
export function monthSamples(start: string, end: string): { month: string; date: string }[] {
  const samples: { month: string; date: string }[] = [];
  let [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  while (`${year}-${pad(month)}` <= end.slice(0, 7)) {
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    samples.push({ month: `${year}-${pad(month)}`, date: minDate(lastDay, end) });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return samples;
}

/**
 * How many of `pledgeCount` pledges were in each status at each sample date. One sweep over the
 * changes sorted as they took effect (compareByEffect: date, then development id): each pledge starts as
 * not started, and a change counts from the end of its day.
 */
export function statusCountsByMonth(
  pledgeCount: number,
  changes: readonly StatusChange[],
  samples: readonly { month: string; date: string }[],
): MonthCounts[] {
  const sorted = [...changes].sort((a, b) =>
    compareByEffect({ eventDate: a.date, id: a.developmentId }, { eventDate: b.date, id: b.developmentId }),
  );
  const current = new Map<number, Status>();
  const counts = emptyCounts();
  counts[DEFAULT_STATUS] = pledgeCount;
  let next = 0;
  return samples.map(({ month, date }) => {
    for (; next < sorted.length && sorted[next]!.date <= date; next += 1) {
      const change = sorted[next]!;
      counts[current.get(change.pledgeId) ?? DEFAULT_STATUS] -= 1;
      counts[change.status] += 1;
      current.set(change.pledgeId, change.status);
    }
    return { month, date, counts: { ...counts }, total: pledgeCount };
  });
}

function pad(month: number): string {
  return String(month).padStart(2, '0');
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
