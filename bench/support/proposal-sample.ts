// Draws the seeded, blind sample that test/fixtures/extraction/proposals.jsonl labels: per agreement, adjacent
// candidate pairs (the merge proposals and as many pairs without one) and candidates that may bundle measures
// (the split proposals and as many without one), shuffled, without saying which were proposed.
// Run: node --import tsx bench/support/proposal-sample.ts > /tmp/proposals.jsonl — one JSON object per line.
// It was drawn once, against the extractor of 2026-12-07; as the candidates change, a new draw differs.
import type { Candidate } from '../../src/text/extract.ts';
import { isNextSentence } from '../../src/text/proposals.ts';
import { AGREEMENTS, bodyOf, candidatesOf, documentsOf, loadPdfAgreements } from '../../test/support/extraction-set.ts';
import { mulberry32 } from './random.ts';

const PER_KIND = 25;
const SEED = 2041;

await loadPdfAgreements();
const random = mulberry32(SEED);
const rows: object[] = [];
for (const agreement of AGREEMENTS) {
  const pairs = documentsOf(agreement).flatMap((document) => adjacentPairs(document));
  const bundles = documentsOf(agreement).flatMap((document) =>
    candidatesOf(document)
      .filter((candidate) => candidate.split !== undefined || mayBundle(candidate))
      .map((candidate) => ({ document, candidate })),
  );
  const proposedPairs = pairs.filter(({ second }) => second.merge !== undefined);
  const otherPairs = pairs.filter(({ second }) => second.merge === undefined);
  for (const { document, first, second } of [...draw(proposedPairs), ...draw(otherPairs)]) {
    const body = bodyOf(document);
    rows.push({
      sample: 'pair',
      agreement,
      document,
      start: first.start,
      end: second.end,
      secondStart: second.start,
      text: body.slice(first.start, second.end),
    });
  }
  const proposedBundles = bundles.filter(({ candidate }) => candidate.split !== undefined);
  const otherBundles = bundles.filter(({ candidate }) => candidate.split === undefined);
  for (const { document, candidate } of [...draw(proposedBundles), ...draw(otherBundles)]) {
    rows.push({ sample: 'bundle', agreement, document, start: candidate.start, end: candidate.end, text: candidate.text });
  }
}
for (const row of shuffled(rows)) console.log(JSON.stringify(row));

/** Candidates of two neighbouring sentences of one paragraph, as `proposeMerges` looks at them. */
function adjacentPairs(document: string): { document: string; first: Candidate; second: Candidate }[] {
  const body = bodyOf(document);
  const candidates = candidatesOf(document);
  return candidates.slice(1).flatMap((second, k) => {
    const first = candidates[k]!;
    return isNextSentence(body, first, second) ? [{ document, first, second }] : [];
  });
}

/** A candidate with "und", "sowie" or a comma that is not a conjunct of an enumeration: a split could be offered. */
function mayBundle(candidate: Candidate): boolean {
  return !candidate.cues.includes('enumeration') && /\bund\b|\bsowie\b|,/.test(candidate.text);
}

function draw<T>(pool: readonly T[]): T[] {
  return shuffled(pool).slice(0, PER_KIND);
}

function shuffled<T>(pool: readonly T[]): T[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
