// `extract FILE [--json]`: the extractor's candidates for one chapter file, in text order.
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { extractFromChapterFile } from '../services/extract-chapter.ts';
import { EXIT, UsageError, type Io } from './io.ts';

export async function runExtract(args: string[], _config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('extract needs exactly one chapter file');
  const candidates = extractFromChapterFile(positionals[0]!);
  if (values.json) {
    io.out(JSON.stringify(candidates, null, 2));
    return EXIT.ok;
  }
  for (const candidate of candidates) {
    io.out(`${candidate.start}–${candidate.end}  ${candidate.score.toFixed(2)}  ${candidate.kind.padEnd(8)}  ${candidate.title}`);
    io.out(`    ${candidate.text}`);
    io.out(`    cues: ${candidate.cues.join(', ')}`);
  }
  io.out(`${candidates.length} candidates.`);
  return EXIT.ok;
}
