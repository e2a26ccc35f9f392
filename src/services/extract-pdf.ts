// Use case: the extractor's candidates for every chapter of a PDF, each citing its page and printed lines.
import { positionOf } from '../formats/pdf/line-map.ts';
import { extractCandidates, type Candidate } from '../text/extract.ts';
import { readPdfAgreement, type PdfOptions } from './import/pdf-files.ts';

export interface PdfCandidate extends Candidate {
  /** The chapter's heading, as import names the chapter. */
  chapter: string;
  /** The page the candidate starts on. */
  page: number;
  /** The printed line numbers it spans; null when the PDF prints none. */
  lines: { from: number; to: number } | null;
}

/** In text order; `start` and `end` are offsets into the chapter's body, as import stores it and export writes it. */
export async function extractFromPdf(path: string, options: PdfOptions = {}): Promise<PdfCandidate[]> {
  const { layout } = await readPdfAgreement(path, options);
  return layout.chapters.flatMap((chapter) =>
    extractCandidates(chapter.body).map((candidate) => {
      const position = positionOf(chapter.lines, candidate.start, candidate.end);
      return { ...candidate, chapter: chapter.heading, page: position?.page ?? chapter.pages.from, lines: position?.lines ?? null };
    }),
  );
}
