// Writes one chapter file's text and frontmatter, keeping the anchors of pledges it does not mark.
import { chapterPosition, parseChapterHeading } from '../../domain/chapter-number.ts';
import { slugify, uniqueSlug } from '../../domain/slug.ts';
import { KNOWN_CHAPTER_KEYS } from '../../formats/okf.ts';
import { findChapterByFile, insertChapter, isChapterSlugTaken, updateChapter } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { listPledgesOfChapter } from '../../store/pledges.ts';
import type { ImportRun } from '../import-run.ts';
import { changePledge } from '../pledge-change.ts';
import type { ChapterFile } from './chapter-files.ts';
import type { ImportReport } from './import-report.ts';

export interface ImportContext {
  agreementId: number;
  agreementSlug: string;
  now: Date;
  report: ImportReport;
  /** Every change to a Vorhaben goes through it (services/pledge-change.ts). */
  run: ImportRun;
}

/** Creates or updates the chapter; returns its id. */
export async function applyChapter(db: Db, context: ImportContext, file: ChapterFile): Promise<number> {
  const { chapter } = file;
  const heading = parseChapterHeading(chapter.title);
  const fields = {
    heading: chapter.title,
    number: heading.number,
    title: heading.title,
    section: chapter.section,
    position: chapterPosition(heading.number, heading.title),
    body: chapter.body,
    published: chapter.published ? 1 : 0,
    extra: JSON.stringify(chapter.source),
    line_map: chapter.lineMap ?? null,
  };
  const now = context.now.toISOString();
  const existing = await findChapterByFile(db, context.agreementId, file.fileName);
  if (!existing) {
    context.report.chapters.created++;
    const slug = await freeChapterSlug(db, context.agreementSlug, file.fileName);
    context.report.chapterEntries.push({ file: file.path, slug, outcome: 'new', fields: [] });
    return insertChapter(db, {
      ...fields,
      agreement_id: context.agreementId,
      slug,
      file_name: file.fileName,
      created_at: now,
      updated_at: now,
    });
  }
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => existing[key] !== fields[key]);
  if (changed.length === 1 && changed[0] === 'extra' && onlyKeptMoreOfTheFile(existing.extra, chapter.source)) {
    await updateChapter(db, existing.id, { extra: fields.extra });
    changed.length = 0;
  }
  if (changed.length === 0) {
    context.report.chapters.unchanged++;
    return existing.id;
  }
  context.report.chapters.changed++;
  context.report.chapterEntries.push({
    file: file.path,
    slug: existing.slug,
    outcome: 'changed',
    fields: changed.map((key) => (key === 'extra' ? 'other fields' : key === 'line_map' ? 'pdf_lines' : key)),
  });
  await updateChapter(db, existing.id, { ...fields, updated_at: now });
  if (existing.body !== fields.body) await reanchorPledges(db, context, existing.id, fields.body, file.path);
  return existing.id;
}

/**
 * Chapters stored before decision 48 kept only the frontmatter keys the format does not know; the
 * whole frontmatter of the same file is no change to the chapter.
 */
function onlyKeptMoreOfTheFile(stored: string, source: Record<string, unknown>): boolean {
  const unknown = Object.fromEntries(Object.entries(source).filter(([key]) => !KNOWN_CHAPTER_KEYS.has(key)));
  return stored === JSON.stringify(unknown);
}

async function freeChapterSlug(db: Db, agreementSlug: string, fileName: string): Promise<string> {
  const base = slugify(fileName.replace(/\.md$/i, '')) || 'kapitel';
  if (!(await isChapterSlugTaken(db, base))) return base;
  const prefixed = `${agreementSlug}-${base}`;
  const taken = new Set<string>();
  for (let n = 0; n < 1000; n++) {
    const candidate = uniqueSlug(prefixed, (slug) => taken.has(slug));
    if (!(await isChapterSlugTaken(db, candidate))) return candidate;
    taken.add(candidate);
  }
  throw new Error(`no free slug for chapter ${fileName}`);
}

/**
 * After the body changed, moves each anchored quote to where its text now stands (the
 * occurrence nearest the old place); a quote that is gone loses its anchor but keeps its text.
 */
async function reanchorPledges(db: Db, context: ImportContext, chapterId: number, body: string, path: string): Promise<void> {
  // Moving a quote with its text is no news: it marks no Vorhaben as changed.
  await changePledge(db, { run: context.run, day: null }, { chapterId }, async (change) => {
    for (const pledge of await listPledgesOfChapter(db, chapterId)) {
      if (pledge.quote === null || pledge.quote_start === null) continue;
      const start = nearestOccurrence(body, pledge.quote, pledge.quote_start);
      if (start === pledge.quote_start) continue;
      if (start === undefined) {
        context.report.warnings.push(
          `${path}: Vorhaben "${pledge.slug}": its quote is no longer in the chapter; the anchor was removed, the quote kept`,
        );
        await change.updatePledge(pledge.id, { quote_start: null, quote_end: null, updated_at: change.at });
        continue;
      }
      await change.updatePledge(pledge.id, { quote_start: start, quote_end: start + pledge.quote.length, updated_at: change.at });
    }
  });
}

export function nearestOccurrence(text: string, quote: string, near: number): number | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === undefined || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
