// Keeps the search index equal to the published content: pledges with their published developments,
// and chapter text by section. Called inside the transaction of every change to that content.
import { markdownSections, markdownText } from '../formats/markdown-text.ts';
import type { Db } from '../store/database.ts';
import { findChapterById } from '../store/chapters.ts';
import type { Chapter } from '../store/schema.ts';
import {
  claimSearchIndexVersion,
  clearSearchDocuments,
  insertSearchDocuments,
  optimizeSearchIndex,
  replaceChapterDocuments,
  replacePledgeDocuments,
  type NewSearchDocument,
} from '../store/search-documents.ts';
import { listChapterIds, listPledgeIds, loadPledgeSources, type PledgeSource } from '../store/search-sources.ts';
import { indexedText } from '../text/search-terms.ts';

/** Change it whenever documents or stems come out differently: `ensureSearchIndex` then rebuilds. */
export const SEARCH_INDEX_VERSION = '1';
const REBUILD_BATCH = 500;

/** The id the pledge page's timeline gives a development. */
const developmentAnchor = (developmentId: number): string => `entwicklung-${developmentId}`;

/** Re-indexes one pledge and its developments (or removes them, if it is not published). */
export async function indexPledge(db: Db, pledgeId: number): Promise<void> {
  const [source] = await loadPledgeSources(db, [pledgeId]);
  await replacePledgeDocuments(db, pledgeId, source ? pledgeDocuments(source) : []);
}

/** Re-indexes a chapter's text and all its pledges, e.g. after an import; returns the pledges' ids. */
export async function indexChapter(db: Db, chapterId: number): Promise<number[]> {
  await replaceChapterDocuments(db, chapterId, chapterDocuments(await findChapterById(db, chapterId)));
  const pledgeIds = await listPledgeIds(db, chapterId);
  for (const pledgeId of pledgeIds) await indexPledge(db, pledgeId);
  return pledgeIds;
}

/** Builds the whole index anew, in one transaction. */
export async function rebuildSearchIndex(db: Db): Promise<void> {
  await db.transaction().execute(rebuildInto);
}

/** Rebuilds the index if it was built by another version of the indexing code (or never); true if it did. */
export async function ensureSearchIndex(db: Db): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await claimSearchIndexVersion(trx, SEARCH_INDEX_VERSION))) return false;
    await rebuildInto(trx);
    return true;
  });
}

async function rebuildInto(db: Db): Promise<void> {
  await clearSearchDocuments(db);
  for (const chapterId of await listChapterIds(db))
    await replaceChapterDocuments(db, chapterId, chapterDocuments(await findChapterById(db, chapterId)));
  const pledgeIds = await listPledgeIds(db);
  for (let from = 0; from < pledgeIds.length; from += REBUILD_BATCH) {
    const sources = await loadPledgeSources(db, pledgeIds.slice(from, from + REBUILD_BATCH));
    await insertSearchDocuments(db, sources.flatMap(pledgeDocuments));
  }
  await optimizeSearchIndex(db);
}

/** An unpublished pledge has none: neither it nor its developments are public. */
export function pledgeDocuments(pledge: PledgeSource): NewSearchDocument[] {
  if (!pledge.published) return [];
  const own = document({
    kind: 'pledge',
    pledge_id: pledge.id,
    target_slug: pledge.slug,
    anchor: null,
    title: pledge.title,
    context: pledge.chapter_heading,
    body: [pledge.quote, pledge.success_criterion].filter(Boolean).join('\n\n'),
    date: null,
  });
  const developments = pledge.developments.map((development) =>
    document({
      kind: 'update',
      pledge_id: pledge.id,
      target_slug: pledge.slug,
      anchor: developmentAnchor(development.id),
      title: development.title,
      context: pledge.title,
      body: markdownText(development.body),
      date: development.event_date,
    }),
  );
  return [own, ...developments];
}

/** One document per section, linked to its heading; chapter text is public even where no pledge is published. */
export function chapterDocuments(chapter: Chapter): NewSearchDocument[] {
  return markdownSections(chapter.body).map((section) =>
    document({
      kind: 'chapter',
      chapter_id: chapter.id,
      target_slug: chapter.slug,
      anchor: section.anchor,
      title: section.heading ?? chapter.heading,
      context: chapter.heading,
      body: section.text,
      date: null,
    }),
  );
}

function document(fields: Omit<NewSearchDocument, 'title_terms' | 'body_terms'>): NewSearchDocument {
  return { pledge_id: null, chapter_id: null, ...fields, title_terms: indexedText(fields.title), body_terms: indexedText(fields.body) };
}
