// Use case: the extractor's candidates for one chapter file, without touching the database.
import { insertMarkers, markedOffset, type Anchor } from '../formats/markers.ts';
import type { OkfChapter } from '../formats/okf.ts';
import type { Candidate } from '../text/extract.ts';
import { extractCandidates } from '../text/extract.ts';
import { readChapterFile } from './import/chapter-files.ts';

/**
 * Candidates as `extract --json` promises them: offsets into the text after the frontmatter, markers
 * included, and `text` that slice of it. The extractor reads the body without markers, as import does.
 */
export function extractFromChapterFile(path: string): Candidate[] {
  const chapter = readChapterFile(path);
  const markers = markersOf(chapter);
  const { markedBody } = insertMarkers(chapter.body, markers);
  const span = <T extends { start: number; end: number }>(part: T): T => ({
    ...part,
    start: markedOffset(markers, part.start),
    end: markedOffset(markers, part.end),
  });
  return extractCandidates(chapter.body).map((candidate) => {
    const { start, end } = span(candidate);
    const proposals = {
      ...(candidate.merge ? { merge: span(candidate.merge) } : {}),
      ...(candidate.split ? { split: candidate.split.map(span) } : {}),
    };
    return { ...candidate, start, end, text: markedBody.slice(start, end), ...proposals };
  });
}

/** Parsing turns every marker into its statement's anchor, so the anchors are the file's markers. */
function markersOf(chapter: OkfChapter): Anchor[] {
  return chapter.statements.flatMap((statement) =>
    statement.id !== null && statement.anchor ? [{ id: statement.id, ...statement.anchor }] : [],
  );
}
