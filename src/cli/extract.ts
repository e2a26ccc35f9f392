// `extract FILE [--json]`: the extractor's candidates for one chapter file, or for every chapter of a PDF, in text order.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { ChapterSource } from '../formats/pdf/chapters.ts';
import { extractFromChapterFile } from '../services/extract-chapter.ts';
import { extractFromPdf } from '../services/extract-pdf.ts';
import { isPdfPath, parsePageList } from '../services/import/pdf-files.ts';
import type { Candidate } from '../text/extract.ts';
import { EXIT, UsageError, type Io } from './io.ts';

export async function runExtract(args: string[], _config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, 'chapters-from': { type: 'string' }, 'skip-pages': { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('extract needs exactly one chapter file or PDF');
  const path = positionals[0]!;
  let candidates: (Candidate & { chapter?: string; page?: number; lines?: { from: number; to: number } | null })[];
  if (isPdfPath(path)) {
    const chaptersFrom = values['chapters-from'];
    if (chaptersFrom !== undefined && chaptersFrom !== 'outline' && chaptersFrom !== 'headings')
      throw new UsageError('--chapters-from takes outline or headings');
    const skipPages = values['skip-pages'] === undefined ? undefined : parsePageList(values['skip-pages']);
    if (skipPages === null) throw new UsageError('--skip-pages takes pages and ranges, e.g. 1-3,7');
    candidates = await extractFromPdf(path, { chaptersFrom: chaptersFrom as ChapterSource | undefined, skipPages });
  } else {
    candidates = extractFromChapterFile(path);
  }
  if (values.json) {
    io.out(JSON.stringify(candidates, null, 2));
    return EXIT.ok;
  }
  for (const candidate of candidates) {
    const where =
      candidate.page === undefined
        ? ''
        : `${candidate.chapter}, page ${candidate.page}${candidate.lines ? `, lines ${candidate.lines.from}–${candidate.lines.to}` : ''}  `;
    io.out(`${where}${candidate.start}–${candidate.end}  ${candidate.score.toFixed(2)}  ${candidate.kind.padEnd(8)}  ${candidate.title}`);
    io.out(`    ${candidate.text}`);
    io.out(`    cues: ${candidate.cues.join(', ')}`);
  }
  io.out(`${candidates.length} candidates.`);
  return EXIT.ok;
}
