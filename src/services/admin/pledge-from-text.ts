// Use case: an editor marks any passage of a chapter's text and makes it a draft Vorhaben, not only
// the extractor's candidates. The passage comes as the text the browser selected and which of its
// occurrences in the chapter it was; it is found in the chapter's source, across any run of white space.
import { z } from 'zod';
import { fieldIssue, fieldKey, ForbiddenError, NotFoundError, problem, ValidationError } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/roles.ts';
import { slugify } from '../../domain/slug.ts';
import { extractCandidates } from '../../text/extract.ts';
import { findChapterBySlug } from '../../store/chapters.ts';
import type { Db } from '../../store/database.ts';
import { isStatementIdTaken, takenPledgeSlugs } from '../../store/pledges.ts';
import { changePledge } from '../pledge-change.ts';
import { validate } from '../validation.ts';

const selectionSchema = z.object({
  text: z.string().trim().min(3, fieldKey('text.min')).max(5000, fieldKey('text.max')),
  occurrence: z.coerce.number().int().min(0).max(10_000).catch(0),
});

/** Where the selected text stands in the source: its `occurrence`-th match, or its only one. */
export function locateSelection(body: string, text: string, occurrence: number): { start: number; end: number } | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const matches = [...body.matchAll(new RegExp(words.join('\\s+'), 'g'))];
  const match = matches[occurrence] ?? (matches.length === 1 ? matches[0] : undefined);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** The extractor's title for the passage, else its first words. */
function titleFor(quote: string): string {
  const proposed = extractCandidates(quote)[0]?.title;
  if (proposed) return proposed;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  return (words.length > 10 ? `${words.slice(0, 10).join(' ')} …` : words.join(' ')).slice(0, 300);
}

/** Creates the draft and returns its slug; a passage not in the chapter's text is a ValidationError at `text`. */
export async function createPledgeFromText(
  db: Db,
  actor: Actor,
  chapterSlug: string,
  input: Record<string, unknown>,
  now: Date,
): Promise<string> {
  if (!can(actor, 'content.edit')) throw new ForbiddenError();
  const form = validate(selectionSchema, input);
  const chapter = await findChapterBySlug(db, chapterSlug);
  if (!chapter) throw new NotFoundError(problem('notFound.chapter', { slug: chapterSlug }));
  const span = locateSelection(chapter.body, form.text, form.occurrence);
  if (!span) throw new ValidationError([fieldIssue('text', 'pledge.selectionNotFound')]);
  const at = now.toISOString();
  return changePledge(db, { actor, needs: 'content.edit', at }, { chapterId: chapter.id }, async (change) => {
    const quote = chapter.body.slice(span.start, span.end);
    const title = titleFor(quote);
    const base = slugify(title) || 'vorhaben';
    let slug = base;
    for (
      let n = 2;
      (await takenPledgeSlugs(change.db, [slug])).size > 0 || (await isStatementIdTaken(change.db, chapter.agreement_id, slug));
      n++
    )
      slug = `${base}-${n}`;
    const pledgeId = await change.insertPledge({
      slug,
      title,
      chapter_id: chapter.id,
      agreement_id: chapter.agreement_id,
      statement_id: slug,
      quote,
      quote_start: span.start,
      quote_end: span.end,
      published: 0,
      created_at: at,
      updated_at: at,
    });
    change.audit({
      action: 'pledge.create',
      entityType: 'pledge',
      entityId: pledgeId,
      summary: `Vorhaben „${title}“ aus einer Textstelle angelegt`,
      before: null,
      after: { slug, title, quote, quote_start: span.start, quote_end: span.end, published: 0 },
    });
    return slug;
  });
}
