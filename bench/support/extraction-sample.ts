// Draws the seeded sample of sentences that test/fixtures/extraction/<agreement>.jsonl labels, and prints it.
// Run: node --import tsx bench/support/extraction-sample.ts bund-2018 — one JSON object per line, unlabelled.
import { segmentSentences } from '../../src/text/segment.ts';
import { agreementBody, isHeldBack, PDF_AGREEMENTS, pdfAgreementChapters, type PdfAgreement, type TextAgreement } from './agreements.ts';

/** Per agreement: sentences in the federal voice ("wir" with werden/wollen) and in any other voice. */
const FEDERAL = 60;
const OTHER = 100;
const MIN_WORDS = 5;

const agreement = process.argv[2]!;
/** The documents to draw from: the one text, or a PDF's chapters ("bw-2021/1-….md"). */
const documents =
  agreement in PDF_AGREEMENTS ? await pdfAgreementChapters(agreement as PdfAgreement) : textDocument(agreement as TextAgreement);
if (!documents || documents.size === 0) throw new Error(`no corpus text for ${agreement}`);

const sentences = [...documents].flatMap(([document, body], order) =>
  segmentSentences(body)
    .filter((sentence) => sentence.text.split(/\s+/).length >= MIN_WORDS)
    .map((sentence) => ({ ...sentence, document, order })),
);
const federal = (text: string): boolean => /\bwir\b/i.test(text) && /\b(?:werden|wollen|will|wird)\b/i.test(text);
const random = mulberry32(2016 + agreement.length);
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
    FEDERAL,
  ).map((s) => ({ ...s, voice: 'federal' })),
  ...draw(
    sentences.filter((s) => !federal(s.text)),
    OTHER,
  ).map((s) => ({ ...s, voice: 'other' })),
].sort((a, b) => a.order - b.order || a.start - b.start);
for (const s of sample) {
  const where = s.document === agreement ? {} : { chapter: s.document.slice(agreement.length + 1) };
  console.log(
    JSON.stringify({
      agreement,
      ...where,
      start: s.start,
      end: s.end,
      text: s.text,
      voice: s.voice,
      split: isHeldBack(s.text) ? 'holdout' : 'development',
    }),
  );
}

function textDocument(agreement: TextAgreement): Map<string, string> | undefined {
  const body = agreementBody(agreement);
  return body === undefined ? undefined : new Map([[agreement, body]]);
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
