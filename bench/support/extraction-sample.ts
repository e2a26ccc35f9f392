// Draws the seeded sample of sentences that test/fixtures/extraction/<agreement>.jsonl labels, and prints it.
// Run: node --import tsx bench/support/extraction-sample.ts AGREEMENT [--round 2] — one JSON object per line, unlabelled.
// Round 1 drew 60 federal-voice and 100 other sentences of bund-2018, bw-2016 and bw-2021. Later rounds draw
// a fresh held-back sample of every agreement (bund-2021 too), leaving out the sentences labelled before.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../../src/formats/frontmatter.ts';
import { segmentSentences } from '../../src/text/segment.ts';
import {
  agreementBody,
  CORPUS_ROOT,
  isHeldBack,
  PDF_AGREEMENTS,
  pdfAgreementChapters,
  type PdfAgreement,
  type TextAgreement,
} from './agreements.ts';
import { mulberry32 } from './random.ts';

const ROUNDS = {
  1: { federal: 60, other: 100, seed: 2016 },
  2: { federal: 30, other: 50, seed: 2026 },
  3: { federal: 30, other: 50, seed: 2027 },
  4: { federal: 30, other: 50, seed: 2028 },
  5: { federal: 30, other: 50, seed: 2029 },
  6: { federal: 30, other: 50, seed: 2030 },
  7: { federal: 30, other: 50, seed: 2031 },
  8: { federal: 45, other: 75, seed: 2032 },
  9: { federal: 45, other: 75, seed: 2033 },
  10: { federal: 45, other: 75, seed: 2034 },
  11: { federal: 45, other: 75, seed: 2035 },
  12: { federal: 45, other: 75, seed: 2036 },
  13: { federal: 45, other: 75, seed: 2037 },
  14: { federal: 45, other: 75, seed: 2038 },
  15: { federal: 45, other: 75, seed: 2039 },
  16: { federal: 45, other: 75, seed: 2040 },
  17: { federal: 45, other: 75, seed: 2042 }, // 2041 seeds proposal-sample.ts
  18: { federal: 45, other: 75, seed: 2043 },
  19: { federal: 45, other: 75, seed: 2044 },
  20: { federal: 90, other: 150, seed: 2045 }, // twice the size: a held-back reading with half the spread
  21: { federal: 90, other: 150, seed: 2046 },
  22: { federal: 90, other: 150, seed: 2047 },
  23: { federal: 90, other: 150, seed: 2048 },
  24: { federal: 90, other: 150, seed: 2049 },
  25: { federal: 90, other: 150, seed: 2050 },
  26: { federal: 90, other: 150, seed: 2051 }, // only BW 2021 has sentences left
} as const;
/** Agreements whose every sentence left is drawn in a round: round 25 took the 2018 agreement's last 312. */
const EVERY_SENTENCE_LEFT: Partial<Record<keyof typeof ROUNDS, string[]>> = { 25: ['bund-2018'] };
const MIN_WORDS = 5;
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/extraction/', import.meta.url));
/** The round of a `random-round-N.jsonl`: the files are read in round order, whatever order the disk lists them in. */
const roundOf = (file: string): number => Number(/(\d+)\.jsonl$/.exec(file)![1]);
/** 2021: the chapters labelled sentence by sentence and the held-out chapter 2.2 are not drawn from again. */
const WHOLE_CHAPTERS_2021 = /^(?:1-|2-1-|2-2-|3-3-|4-1-|6-2-)/;

const agreement = process.argv[2]!;
const round = process.argv.includes('--round') ? (Number(process.argv[process.argv.indexOf('--round') + 1]) as keyof typeof ROUNDS) : 1;
const { seed, ...counts } = ROUNDS[round];
const everyLeft = EVERY_SENTENCE_LEFT[round]?.includes(agreement) ?? false;
const [federalCount, otherCount] = everyLeft ? [Infinity, Infinity] : [counts.federal, counts.other];
const documents = await documentsOf(agreement);
if (!documents || documents.size === 0) throw new Error(`no corpus text for ${agreement}`);

const labelled = round === 1 ? { starts: new Set<string>(), spans: new Map<string, Span[]>() } : labelledSentences();
const sentences = [...documents].flatMap(([document, body], order) =>
  segmentSentences(body)
    .filter((sentence) => sentence.text.split(/\s+/).length >= MIN_WORDS)
    .filter((sentence) => !isLabelled(chapterOf(document) ?? '', sentence))
    .map((sentence) => ({ ...sentence, document, order })),
);
const federal = (text: string): boolean => /\bwir\b/i.test(text) && /\b(?:werden|wollen|will|wird)\b/i.test(text);
const random = mulberry32(seed + agreement.length);
const draw = (pool: typeof sentences, count: number): typeof sentences => {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
};
const sample = [
  ...draw(
    sentences.filter((s) => federal(s.text)),
    federalCount,
  ).map((s) => ({ ...s, voice: 'federal' })),
  ...draw(
    sentences.filter((s) => !federal(s.text)),
    otherCount,
  ).map((s) => ({ ...s, voice: 'other' })),
].sort((a, b) => a.order - b.order || a.start - b.start);
for (const s of sample) {
  const chapter = chapterOf(s.document);
  const split = round > 1 || isHeldBack(s.text) ? 'holdout' : 'development';
  const sampleKind = agreement === 'bund-2021' ? { sample: 'random' } : {};
  console.log(
    JSON.stringify({
      ...(agreement === 'bund-2021' ? {} : { agreement }),
      ...(chapter ? { chapter } : {}),
      start: s.start,
      end: s.end,
      text: s.text,
      voice: s.voice,
      ...sampleKind,
      split,
      ...(round > 1 ? { round } : {}),
    }),
  );
}

/** The chapter file a document names, or undefined for a one-text agreement. */
function chapterOf(document: string): string | undefined {
  if (document === agreement) return undefined;
  return document.startsWith(agreement + '/') ? document.slice(agreement.length + 1) : document;
}

async function documentsOf(agreement: string): Promise<Map<string, string> | undefined> {
  if (agreement in PDF_AGREEMENTS) return pdfAgreementChapters(agreement as PdfAgreement);
  if (agreement === 'bund-2021') return chapters2021();
  const body = agreementBody(agreement as TextAgreement);
  return body === undefined ? undefined : new Map([[agreement, body]]);
}

function chapters2021(): Map<string, string> {
  const folder = CORPUS_ROOT + 'koalitionsvertrag-2021/';
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !WHOLE_CHAPTERS_2021.test(name))
    .sort();
  return new Map(files.map((name) => [name, splitFrontmatter(readFileSync(folder + name, 'utf8')).body]));
}

interface Span {
  start: number;
  end: number;
}

/**
 * Whether a sentence was labelled before: the same start, or from round 18 on any overlap, since a later
 * segmentation may cut a labelled span differently (round 17 drew one 2018 sentence again without the heading
 * that had run into it). Earlier rounds keep their rule, so that drawing them again gives the same rows.
 */
function isLabelled(chapter: string, sentence: Span): boolean {
  if (labelled.starts.has(`${chapter}:${sentence.start}`)) return true;
  return round >= 18 && (labelled.spans.get(chapter) ?? []).some((span) => span.start < sentence.end && sentence.start < span.end);
}

/** The sentences the agreement's label files held before this round: "chapter:start", and spans by chapter. */
function labelledSentences(): { starts: Set<string>; spans: Map<string, Span[]> } {
  const rounds = readdirSync(FIXTURES)
    .filter((name) => name.startsWith('random-round-'))
    .sort((a, b) => roundOf(a) - roundOf(b));
  const files = agreement === 'bund-2021' ? ['development.jsonl', 'chapter-2-2.jsonl', ...rounds] : [`${agreement}.jsonl`];
  const rows = files.flatMap((file) =>
    readFileSync(FIXTURES + file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { chapter?: string; start: number; end: number; round?: number })
      .filter((row) => (row.round ?? 1) < round),
  );
  const spans = new Map<string, Span[]>();
  for (const row of rows) {
    const chapter = row.chapter ?? '';
    if (!spans.has(chapter)) spans.set(chapter, []);
    spans.get(chapter)!.push(row);
  }
  return { starts: new Set(rows.map((row) => `${row.chapter ?? ''}:${row.start}`)), spans };
}
