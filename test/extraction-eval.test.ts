// Recall and precision of the commitment extractor against hand-labelled sentences of the 2021 agreement.
// Tier: full (the whole 2021 agreement)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitFrontmatter } from '../src/formats/frontmatter.ts';
import { extractCandidates, type Candidate } from '../src/text/extract.ts';
import { segmentSentences } from '../src/text/segment.ts';

/** What docs/extraction.md reports, rounded down; a change that loses a single labelled commitment fails. */
const DEVELOPMENT = { recall: 0.935, precision: 0.878, kindAgreement: 0.781 };
const HOLDOUT = { recall: 0.8, precision: 0.882 };
const PRECISION_MARGIN = 0.02;
const KIND_MARGIN = 0.03;
/** Share of all corpus sentences with a candidate, as measured: above the 0.60 the issue aims for (docs/extraction.md). */
const MAX_FLAGGED = 0.7132;

const CORPUS = fileURLToPath(new URL('../../shared/corpus/koalitionsvertrag-2021/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/extraction/', import.meta.url));
const HOLDOUT_CHAPTER = '2-2-digitale-innovationen-und-digitale-infrastruktur.md';
const skip = existsSync(CORPUS)
  ? false
  : `corpus not found at ${CORPUS}: the extraction evaluation needs ../shared/corpus next to the repository`;

/** The labelling rules of docs/extraction.md, one per label. */
const RULES = {
  specific: ['law', 'institution', 'programme', 'instrument', 'target', 'procedure', 'refusal', 'detail'],
  vague: ['advocacy', 'examination', 'support', 'hedged'],
  none: ['abstract', 'value', 'description', 'evaluation', 'reason', 'past', 'conditional', 'internal'],
};

interface Label {
  chapter: string;
  start: number;
  end: number;
  text: string;
  commitment: boolean;
  kind: 'specific' | 'vague' | null;
  /** Which rule decided the label; `note` explains borderline cases. */
  rule: string;
  note?: string;
  sample: 'chapter' | 'random';
}

const labels = (file: string): Label[] =>
  readFileSync(FIXTURES + file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Label);

const bodies = new Map<string, string>();
const candidates = new Map<string, Candidate[]>();
function bodyOf(chapter: string): string {
  let body = bodies.get(chapter);
  if (body === undefined) {
    body = splitFrontmatter(readFileSync(CORPUS + chapter, 'utf8')).body;
    bodies.set(chapter, body);
  }
  return body;
}
function candidatesOf(chapter: string): Candidate[] {
  let found = candidates.get(chapter);
  if (!found) {
    found = extractCandidates(bodyOf(chapter));
    candidates.set(chapter, found);
  }
  return found;
}

interface Scores {
  recall: number;
  precision: number;
  kindAgreement: number;
}

/** Sentence level: a labelled sentence is flagged when a candidate lies inside it; its kind is specific if any is. */
function evaluate(rows: readonly Label[]): Scores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let kindsAgreeing = 0;
  for (const row of rows) {
    const inside = candidatesOf(row.chapter).filter((candidate) => candidate.start >= row.start && candidate.end <= row.end);
    if (inside.length > 0 && row.commitment) {
      truePositives++;
      const kind = inside.some((candidate) => candidate.kind === 'specific') ? 'specific' : 'vague';
      if (kind === row.kind) kindsAgreeing++;
    } else if (inside.length > 0) falsePositives++;
    else if (row.commitment) falseNegatives++;
  }
  return {
    recall: truePositives / (truePositives + falseNegatives),
    precision: truePositives / (truePositives + falsePositives),
    kindAgreement: kindsAgreeing / truePositives,
  };
}

function assertLabelsWellFormed(rows: readonly Label[]): void {
  for (const row of rows) {
    assert.equal(row.commitment, row.kind !== null, `${row.chapter}:${row.start}: a commitment has a kind, nothing else has`);
    assert.ok(RULES[row.kind ?? 'none'].includes(row.rule), `${row.chapter}:${row.start}: unknown rule "${row.rule}"`);
  }
}

function assertLabelsMatchCorpus(rows: readonly Label[]): void {
  for (const row of rows) {
    assert.equal(
      bodyOf(row.chapter).slice(row.start, row.end),
      row.text,
      `${row.chapter}:${row.start}: the labelled sentence no longer matches the corpus; relabel it`,
    );
  }
}

test('the development labels cover at least 400 sentences of 3 chapters, none of chapter 2.2', { skip }, () => {
  const rows = labels('development.jsonl');
  assert.ok(rows.length >= 400, `only ${rows.length} labelled sentences`);
  const wholeChapters = new Set(rows.filter((row) => row.sample === 'chapter').map((row) => row.chapter));
  assert.ok(wholeChapters.size >= 3, `only ${wholeChapters.size} chapters labelled sentence by sentence`);
  assert.ok(rows.every((row) => row.chapter !== HOLDOUT_CHAPTER), 'chapter 2.2 is the held-out check');
  assertLabelsWellFormed(rows);
  assertLabelsMatchCorpus(rows);
});

test('on the development set recall and precision stay at what docs/extraction.md reports', { skip }, () => {
  const scores = evaluate(labels('development.jsonl'));
  assert.ok(scores.recall >= DEVELOPMENT.recall, `recall ${scores.recall.toFixed(3)} < ${DEVELOPMENT.recall}`);
  const precision = DEVELOPMENT.precision - PRECISION_MARGIN;
  assert.ok(scores.precision >= precision, `precision ${scores.precision.toFixed(3)} < ${precision}`);
  const kind = DEVELOPMENT.kindAgreement - KIND_MARGIN;
  assert.ok(scores.kindAgreement >= kind, `kind agreement ${scores.kindAgreement.toFixed(3)} < ${kind}`);
});

test('on held-out chapter 2.2 recall and precision stay at what docs/extraction.md reports', { skip }, () => {
  const rows = labels('holdout-2-2.jsonl');
  assertLabelsWellFormed(rows);
  assertLabelsMatchCorpus(rows);
  const scores = evaluate(rows);
  assert.ok(scores.recall >= HOLDOUT.recall, `recall ${scores.recall.toFixed(3)} < ${HOLDOUT.recall}`);
  const precision = HOLDOUT.precision - PRECISION_MARGIN;
  assert.ok(scores.precision >= precision, `precision ${scores.precision.toFixed(3)} < ${precision}`);
});

test('across the whole corpus the extractor flags no more sentences than measured (above the 60 % asked for: see docs/extraction.md)', { skip }, () => {
  let sentences = 0;
  let flagged = 0;
  for (const chapter of readdirSync(CORPUS).filter((name) => name.endsWith('.md'))) {
    const found = candidatesOf(chapter);
    for (const sentence of segmentSentences(bodyOf(chapter))) {
      sentences++;
      if (found.some((candidate) => candidate.start >= sentence.start && candidate.end <= sentence.end)) flagged++;
    }
  }
  assert.ok(sentences > 3000, `only ${sentences} sentences: is the corpus complete?`);
  assert.ok(flagged / sentences <= MAX_FLAGGED, `flagged ${(flagged / sentences).toFixed(3)} of all sentences`);
});

test('every candidate of every chapter is a verbatim slice, in text order, without overlaps', { skip }, () => {
  for (const chapter of readdirSync(CORPUS).filter((name) => name.endsWith('.md'))) {
    const body = bodyOf(chapter);
    let previousEnd = 0;
    for (const candidate of candidatesOf(chapter)) {
      assert.equal(body.slice(candidate.start, candidate.end), candidate.text, `${chapter}:${candidate.start}`);
      assert.ok(candidate.start >= previousEnd, `${chapter}:${candidate.start} overlaps the candidate before it`);
      previousEnd = candidate.end;
    }
  }
});
