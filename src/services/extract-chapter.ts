// Use case: the extractor's candidates for one chapter file, without touching the database.
import type { Candidate } from '../text/extract.ts';
import { extractCandidates } from '../text/extract.ts';
import { readChapterFile } from './import/chapter-files.ts';

export function extractFromChapterFile(path: string): Candidate[] {
  return extractCandidates(readChapterFile(path).body);
}
