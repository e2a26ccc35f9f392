// The labelled sentences of every agreement and the figures docs/extraction.md reports on them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  agreementBody,
  CORPUS_ROOT,
  PDF_AGREEMENTS,
  pdfAgreementChapters,
  TEXT_AGREEMENTS,
  type PdfAgreement,
  type TextAgreement,
} from '../../bench/support/agreements.ts';
import { splitFrontmatter } from '../../src/formats/frontmatter.ts';
import { extractCandidates, type Candidate } from '../../src/text/extract.ts';
import { itemsLedByCommitment } from '../../src/text/list-leads.ts';
import { segmentSentences } from '../../src/text/segment.ts';

export const FEDERAL_2021 = CORPUS_ROOT + 'koalitionsvertrag-2021/';
const corpusFiles = [...Object.values(TEXT_AGREEMENTS), ...Object.values(PDF_AGREEMENTS)].map((file) => CORPUS_ROOT + file);
const missing = [FEDERAL_2021, ...corpusFiles].find((path) => !existsSync(path));
/** The reason to skip a test that reads the four agreements, or false when ../shared/corpus is there. */
export const CORPUS_SKIP = missing
  ? `corpus not found at ${missing}: the extraction tests need ../shared/corpus next to the repository`
  : false;
const FIXTURES = fileURLToPath(new URL('../fixtures/extraction/', import.meta.url));
/** The round of a `random-round-N.jsonl`: the files are read in round order, whatever order the disk lists them in. */
const roundOf = (file: string): number => Number(/(\d+)\.jsonl$/.exec(file)![1]);
export const AGREEMENTS = [
  'bund-2021',
  ...(Object.keys(TEXT_AGREEMENTS) as TextAgreement[]),
  ...(Object.keys(PDF_AGREEMENTS) as PdfAgreement[]),
] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/** The labelling rules of docs/extraction.md, one per label. */
export const RULES = {
  specific: ['law', 'institution', 'programme', 'instrument', 'target', 'procedure', 'refusal', 'detail'],
  vague: ['advocacy', 'examination', 'support', 'hedged'],
  none: ['abstract', 'value', 'description', 'evaluation', 'reason', 'past', 'conditional', 'internal'],
};

export interface Label {
  /** The chapter file (2021), the agreement (one text), or "agreement/chapter file" (a PDF's chapter) whose body the offsets point into. */
  document: string;
  start: number;
  end: number;
  text: string;
  commitment: boolean;
  kind: 'specific' | 'vague' | null;
  rule: string;
  note?: string;
  /** The title an editor would give the Vorhaben: a short verb phrase from the sentence. */
  title?: string;
  split: 'development' | 'holdout';
  /** 2018 and BW 2016: drawn from the "wir werden/wollen" sentences or from all others. */
  voice?: 'federal' | 'other';
  /** Later rounds were drawn fresh after tuning and held back until read once; rows without a round are round 1. */
  round?: number;
  /** 2021: from a chapter labelled sentence by sentence, or from the random sample of the others. */
  sample?: 'chapter' | 'random';
  /** The sentence opens an item of a list led by a commitment, which the extractor sees in its context. */
  ledByList: boolean;
}

/** A label as the fixture stores it: offsets and a hash of the sentence, never the corpus's text itself. */
interface Row extends Omit<Label, 'document' | 'split' | 'text' | 'ledByList'> {
  chapter?: string;
  agreement?: string;
  split?: Label['split'];
  textHash: string;
}

/** The first 16 hex digits of a sentence's SHA-256: enough to tell that the corpus still reads as it was labelled. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The labels of a fixture, each with its sentence read from the corpus; a sentence that changed there is an error. */
function read(file: string, split?: Label['split']): Label[] {
  return readFileSync(FIXTURES + file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const { chapter, agreement, textHash: hash, ...row } = JSON.parse(line) as Row;
      const document = chapter && agreement ? `${agreement}/${chapter}` : (chapter ?? agreement!);
      const text = bodyOf(document).slice(row.start, row.end);
      if (textHash(text) !== hash) {
        throw new Error(`${file}:${number}: the labelled sentence at ${document}:${row.start} no longer matches the corpus; relabel it`);
      }
      return { ...row, document, text, split: row.split ?? split!, ledByList: ledItemsOf(document).has(row.start) };
    });
}

const ledItems = new Map<string, Set<number>>();
function ledItemsOf(document: string): Set<number> {
  if (!ledItems.has(document)) ledItems.set(document, itemsLedByCommitment(bodyOf(document)));
  return ledItems.get(document)!;
}

/** Every labelled sentence of an agreement; the held-back part of each is its latest round. */
export function labelsOf(agreement: Agreement): Label[] {
  if (agreement === 'bund-2021') {
    const rounds = readdirSync(FIXTURES)
      .filter((name) => name.startsWith('random-round-'))
      .sort((a, b) => roundOf(a) - roundOf(b));
    return [
      ...read('development.jsonl', 'development'),
      ...read('chapter-2-2.jsonl', 'development'),
      ...rounds.flatMap((file) => read(file)),
    ];
  }
  return read(`${agreement}.jsonl`);
}

const bodies = new Map<string, string>();
const found = new Map<string, Candidate[]>();

const pdfChapters = new Map<PdfAgreement, string[]>();

/** Reads the PDF agreements' chapters (a few seconds each); bodyOf and documentsOf need it first. */
export async function loadPdfAgreements(): Promise<void> {
  for (const agreement of Object.keys(PDF_AGREEMENTS) as PdfAgreement[]) {
    if (pdfChapters.has(agreement)) continue;
    const chapters = await pdfAgreementChapters(agreement);
    if (!chapters) continue;
    for (const [document, body] of chapters) bodies.set(document, body);
    pdfChapters.set(agreement, [...chapters.keys()]);
  }
}

/** The documents of an agreement: the chapter bodies of 2021 and of a PDF, or the one text of the others. */
export function documentsOf(agreement: Agreement): string[] {
  if (agreement in PDF_AGREEMENTS) {
    const chapters = pdfChapters.get(agreement as PdfAgreement);
    if (!chapters) throw new Error(`${agreement} is read from its PDF: await loadPdfAgreements() first`);
    return chapters;
  }
  if (agreement !== 'bund-2021') return [agreement];
  return readdirSync(FEDERAL_2021)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

export function bodyOf(document: string): string {
  let body = bodies.get(document);
  if (body === undefined) {
    if (document.includes('/')) throw new Error(`${document} is a PDF's chapter: await loadPdfAgreements() first`);
    body =
      document in TEXT_AGREEMENTS
        ? agreementBody(document as TextAgreement)!
        : splitFrontmatter(readFileSync(FEDERAL_2021 + document, 'utf8')).body;
    bodies.set(document, body);
  }
  return body;
}

export function candidatesOf(document: string): Candidate[] {
  let candidates = found.get(document);
  if (!candidates) {
    candidates = extractCandidates(bodyOf(document));
    found.set(document, candidates);
  }
  return candidates;
}

export const inside = (label: Pick<Label, 'document' | 'start' | 'end'>): Candidate[] =>
  candidatesOf(label.document).filter((candidate) => candidate.start >= label.start && candidate.end <= label.end);

export interface Scores {
  sentences: number;
  commitments: number;
  recall: number;
  precision: number;
  kindAgreement: number;
  missed: Label[];
  falseAlarms: Label[];
}

/** Sentence level: a labelled sentence is flagged when a candidate lies inside it; its kind is specific if any is. */
export function evaluate(rows: readonly Label[]): Scores {
  let truePositives = 0;
  let kindsAgreeing = 0;
  const missed: Label[] = [];
  const falseAlarms: Label[] = [];
  for (const row of rows) {
    const candidates = inside(row);
    if (candidates.length > 0 && row.commitment) {
      truePositives++;
      const kind = candidates.some((candidate) => candidate.kind === 'specific') ? 'specific' : 'vague';
      if (kind === row.kind) kindsAgreeing++;
    } else if (candidates.length > 0) falseAlarms.push(row);
    else if (row.commitment) missed.push(row);
  }
  return {
    sentences: rows.length,
    commitments: truePositives + missed.length,
    recall: truePositives / (truePositives + missed.length),
    precision: truePositives / (truePositives + falseAlarms.length),
    kindAgreement: kindsAgreeing / truePositives,
    missed,
    falseAlarms,
  };
}

export interface Coverage {
  sentences: number;
  /** Share of the agreement's sentences with a candidate inside. */
  flagged: number;
  /** Share of the characters of the agreement's text (every chapter body) that lie in a candidate. */
  text: number;
  candidates: number;
}

export function coverageOf(agreement: Agreement): Coverage {
  let sentences = 0;
  let flagged = 0;
  let characters = 0;
  let covered = 0;
  let candidates = 0;
  for (const document of documentsOf(agreement)) {
    const found = candidatesOf(document);
    candidates += found.length;
    characters += bodyOf(document).length;
    for (const candidate of found) covered += candidate.end - candidate.start;
    for (const sentence of segmentSentences(bodyOf(document))) {
      sentences++;
      if (found.some((candidate) => candidate.start >= sentence.start && candidate.end <= sentence.end)) flagged++;
    }
  }
  return { sentences, flagged: flagged / sentences, text: covered / characters, candidates };
}

export interface Ranking {
  /** The median score of all of the agreement's candidates: the top half is at or above it. */
  median: number;
  /** Of the labelled candidates in the top half, the share inside a labelled commitment. */
  topHalfPrecision: number;
  /** The same for all labelled candidates: what the top half is compared with. */
  overallPrecision: number;
  /** Of the labelled candidates inside commitments, the share in the top half. */
  topHalfRecall: number;
  labelled: number;
}

/** How well the score ranks: are the candidates of the upper half of an agreement's scores true Vorhaben? */
export function rankingOf(agreement: Agreement, rows: readonly Label[]): Ranking {
  const scores = documentsOf(agreement).flatMap((document) => candidatesOf(document).map((candidate) => candidate.score));
  scores.sort((a, b) => b - a);
  const median = scores[Math.floor((scores.length - 1) / 2)]!;
  let top = 0;
  let topTrue = 0;
  let all = 0;
  let allTrue = 0;
  for (const row of rows) {
    for (const candidate of inside(row)) {
      all++;
      if (row.commitment) allTrue++;
      if (candidate.score >= median) {
        top++;
        if (row.commitment) topTrue++;
      }
    }
  }
  return { median, topHalfPrecision: topTrue / top, overallPrecision: allTrue / all, topHalfRecall: topTrue / allTrue, labelled: all };
}

/**
 * A second labeller's blind reading (docs/extraction.md, *A second reading*): of 40 round-1 sentences per
 * agreement, or of round 16 whole.
 */
export function secondReading(file: 'second-reading.jsonl' | 'second-reading-round-16.jsonl' = 'second-reading.jsonl'): Label[] {
  return read(file, 'development');
}

export interface LabelAgreement {
  compared: number;
  /** Share of sentences both readings call a commitment or both do not. */
  agreement: number;
  /** Cohen's kappa of that decision: the agreement beyond what the two readings' base rates give by chance. */
  kappa: number;
}

/** How far a second reading agrees with the labels on the sentences it read. */
export function agreementOf(labels: readonly Label[], second: readonly Label[]): LabelAgreement {
  const first = new Map(labels.map((label) => [`${label.document}:${label.start}`, label.commitment]));
  const pairs = second.map((row) => {
    const commitment = first.get(`${row.document}:${row.start}`);
    if (commitment === undefined) throw new Error(`${row.document}:${row.start} has no first reading`);
    return [commitment, row.commitment] as const;
  });
  const share = (test: (pair: readonly [boolean, boolean]) => boolean): number => pairs.filter(test).length / pairs.length;
  const agreement = share(([a, b]) => a === b);
  const firstYes = share(([a]) => a);
  const secondYes = share(([, b]) => b);
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return { compared: pairs.length, agreement, kappa: (agreement - chance) / (1 - chance) };
}
