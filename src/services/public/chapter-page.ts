// Use case: a chapter's text with its published pledges highlighted, and their table.
import { NotFoundError } from '../../domain/errors.ts';
import { chapterOutline, renderChapterBody } from '../../formats/markdown-html.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { latestUpdateOfPledges } from '../../store/overview.ts';
import { listPublishedPledgesInTextOrder } from '../../store/pledges.ts';
import type { Chapter, Pledge } from '../../store/schema.ts';
import { quoteAnchorId } from './paths.ts';

export interface ChapterPage {
  chapter: Chapter;
  /** The body as safe HTML, quotes marked and linked. */
  bodyHtml: string;
  outline: { id: string; text: string }[];
  pledges: (Pledge & { latestUpdate: { eventDate: string; title: string } | undefined })[];
}

export async function loadChapterPage(db: Db, slug: string): Promise<ChapterPage> {
  const chapter = await findChapterBySlug(db, slug);
  if (!chapter) throw new NotFoundError(`Kapitel „${slug}“ nicht gefunden`);
  const pledges = await listPublishedPledgesInTextOrder(db, chapter.id);
  const latest = await latestUpdateOfPledges(db, pledges.map((pledge) => pledge.id));
  const highlights = pledges.flatMap((pledge) =>
    pledge.quote_start !== null && pledge.quote_end !== null
      ? [{ start: pledge.quote_start, end: pledge.quote_end, href: `/vorhaben/${pledge.slug}`, id: quoteAnchorId(pledge.slug) }]
      : [],
  );
  return {
    chapter,
    bodyHtml: renderChapterBody(chapter.body, highlights),
    outline: chapterOutline(chapter.body),
    pledges: pledges.map((pledge) => ({ ...pledge, latestUpdate: latest.get(pledge.id) })),
  };
}
